package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"sort"
	"strings"
	"time"

	"planbot/corpus/web"
)

// JSON documents. Moderators paste what their tools give them: a news
// API's response ({"articles": [{"title": …, "content": …}]}), a JSON
// Feed, a messenger's JSON export, a CMS's article record. Read as text,
// the keys, quotation marks and "\n" escapes run through every sentence
// and a list of points inside a "content" string is never seen. jsonText
// turns such a document into the corpus text format, as feedText does a
// feed: each object that holds an article's text becomes a section with
// its title, byline and link, and the fields every article shares fill
// the front matter.

// errNoJSONText is a JSON document with no text field to read.
var errNoJSONText = errors.New("the document is JSON with no article text in it (no content, body, text or description field)")

// JSON keys, lower case, by what they hold. The first key of textKeys an
// object has is its body; leadKeys add a standfirst the body does not
// already hold.
var (
	jsonTitleKeys  = []string{"title", "headline", "subject"}
	jsonTextKeys   = []string{"content", "content_text", "body", "text", "articlebody", "full_text", "fulltext", "message", "content_html"}
	jsonLeadKeys   = []string{"description", "summary", "abstract", "lead", "snippet", "standfirst"}
	jsonURLKeys    = []string{"url", "link", "weburl", "permalink", "uri", "external_url"}
	jsonDateKeys   = []string{"publishedat", "published", "date_published", "datepublished", "pubdate", "date", "created_at", "createdat", "webpublicationdate", "time", "updated"}
	jsonOutletKeys = []string{"source", "publisher", "outlet", "site", "sitename", "source_name", "sourcename"}
	jsonAuthorKeys = []string{"author", "byline", "creator", "authors"}
	jsonLangKeys   = []string{"language", "lang"}
)

// truncationMark is the note news APIs put where they cut an article's
// content ("… [+2345 chars]").
var truncationMark = regexp.MustCompile(`\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$`)

// sniffJSON reports whether body is a JSON object or array.
func sniffJSON(body []byte) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")))
	return len(t) > 1 && (t[0] == '{' && t[len(t)-1] == '}' || t[0] == '[' && t[len(t)-1] == ']') && json.Valid(t)
}

// jsonArticle is one article read out of a JSON document.
type jsonArticle struct {
	title, author, url, outlet, lang string
	published                        time.Time
	paras                            []string
}

// jsonText converts a JSON document into the corpus text format.
func jsonText(body []byte) ([]byte, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var arts []jsonArticle
	collectJSONArticles(v, &arts, 0)
	if len(arts) == 0 {
		return nil, errNoJSONText
	}
	fields := map[string]string{}
	var b strings.Builder
	if len(arts) == 1 {
		a := arts[0]
		fields["title"], fields["url"], fields["outlet"], fields["lang"] = a.title, a.url, a.outlet, feedLang(a.lang)
		if !a.published.IsZero() {
			fields["published"] = a.published.UTC().Format(time.DateOnly)
		}
		if a.author != "" {
			b.WriteString("\nBy " + a.author + "\n")
		}
		for _, p := range a.paras {
			b.WriteString("\n" + p + "\n")
		}
		return []byte(web.FrontMatter(fields) + b.String()), nil
	}
	var newest time.Time
	outlet, lang := arts[0].outlet, arts[0].lang
	for _, a := range arts {
		if a.outlet != outlet {
			outlet = "" // a search across outlets names none for the whole
		}
		if a.lang != lang {
			lang = ""
		}
		b.WriteString("\n## " + a.title + "\n")
		var line []string
		if a.author != "" {
			line = append(line, "By "+a.author)
		}
		if !a.published.IsZero() {
			line = append(line, a.published.UTC().Format("2 January 2006"))
			if a.published.After(newest) {
				newest = a.published
			}
		}
		if a.outlet != "" {
			line = append(line, a.outlet)
		}
		if a.url != "" {
			line = append(line, a.url)
		}
		if len(line) > 0 {
			b.WriteString("\n" + strings.Join(line, " · ") + "\n")
		}
		for _, p := range a.paras {
			b.WriteString("\n" + p + "\n")
		}
	}
	fields["outlet"], fields["lang"] = outlet, feedLang(lang)
	if !newest.IsZero() {
		fields["published"] = newest.UTC().Format(time.DateOnly)
	}
	return []byte(web.FrontMatter(fields) + b.String()), nil
}

// maxJSONDepth bounds the walk: an article sits a few levels down
// ({"data": {"items": [{…}]}}); a deeper value is not read.
const maxJSONDepth = 12

// collectJSONArticles appends every object under v that holds an
// article's text, in document order; an article's own fields are not
// searched for further articles.
func collectJSONArticles(v any, out *[]jsonArticle, depth int) {
	if depth > maxJSONDepth {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collectJSONArticles(e, out, depth+1)
		}
	case map[string]any:
		low := make(map[string]any, len(t))
		for k, e := range t {
			low[lowerString(k)] = e
		}
		if a, ok := jsonArticleOf(low); ok {
			*out = append(*out, a)
			return
		}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys) // a map has no order: the same document reads the same way every time
		for _, k := range keys {
			collectJSONArticles(t[k], out, depth+1)
		}
	}
}

// jsonArticleOf reads an object (its keys lower-cased) as an article when
// it has a text field of some words.
func jsonArticleOf(o map[string]any) (jsonArticle, bool) {
	var a jsonArticle
	text := ""
	for _, k := range jsonTextKeys {
		if s := jsonString(o[k]); len(strings.Fields(s)) >= 3 {
			text = s
			break
		}
	}
	lead := ""
	for _, k := range jsonLeadKeys {
		if s := jsonString(o[k]); len(strings.Fields(s)) >= 3 {
			lead = s
			break
		}
	}
	if text == "" && lead == "" {
		return a, false
	}
	text = truncationMark.ReplaceAllString(text, "")
	if l := strings.TrimSpace(plainJSONText(lead)); l != "" && !strings.Contains(plainJSONText(text), l[:runeCut(l, 60)]) {
		a.paras = append(a.paras, jsonParagraphs(lead)...) // a standfirst the body does not open with
	}
	a.paras = append(a.paras, jsonParagraphs(text)...)
	for _, k := range jsonTitleKeys {
		if s := jsonString(o[k]); s != "" {
			a.title = strings.Join(strings.Fields(plainJSONText(s)), " ")
			break
		}
	}
	a.url = firstJSONString(o, jsonURLKeys)
	a.outlet = firstJSONString(o, jsonOutletKeys)
	a.author = firstJSONString(o, jsonAuthorKeys)
	a.lang = firstJSONString(o, jsonLangKeys)
	for _, k := range jsonDateKeys {
		if t, ok := jsonTime(jsonString(o[k])); ok {
			a.published = t
			break
		}
	}
	return a, true
}

// firstJSONString is the first of keys that o holds as a string, or as
// an object or list with a name ({"name": "Baltic Ledger"}).
func firstJSONString(o map[string]any, keys []string) string {
	for _, k := range keys {
		if s := strings.TrimSpace(jsonString(o[k])); s != "" && !strings.Contains(s, "\n") && len(s) < 200 {
			return s
		}
	}
	return ""
}

// jsonString is a value read as text: a string as it is, a named object's
// name, a list's strings and the texts of its objects joined (a
// messenger's text split into entities: ["See ", {"type": "link", "text":
// "this"}]).
func jsonString(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		for _, k := range []string{"name", "title", "text", "display_name"} {
			if s, ok := t[k].(string); ok {
				return s
			}
		}
	case []any:
		var b strings.Builder
		names := true // a list of authors: joined with commas
		for _, e := range t {
			if _, ok := e.(map[string]any); !ok {
				names = false
			}
		}
		for i, e := range t {
			s := jsonString(e)
			if names && i > 0 && s != "" {
				b.WriteString(", ")
			}
			b.WriteString(s)
		}
		return b.String()
	}
	return ""
}

// plainJSONText is s without HTML markup when it holds some.
func plainJSONText(s string) string {
	if !strings.Contains(s, "</") && !strings.Contains(s, "<br") {
		return s
	}
	return web.HTMLText(s)
}

// jsonParagraphs cuts a text field into paragraphs: HTML by its blocks,
// plain text at blank lines, or at line ends when it has no blank line.
func jsonParagraphs(s string) []string {
	if strings.Contains(s, "</") || strings.Contains(s, "<br") {
		return web.HTMLBlocks(s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	sep := "\n\n"
	if !strings.Contains(s, sep) {
		sep = "\n"
	}
	var out []string
	for p := range strings.SplitSeq(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// jsonTimeLayouts are the date forms APIs write.
var jsonTimeLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.DateOnly, time.RFC1123Z, time.RFC1123, "20060102T150405Z"}

// jsonTime reads a date field.
func jsonTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range jsonTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
