package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"planbot/corpus/web"
)

// A page saved from a browser or a feed copied out of a reader arrives as a
// ".txt" document that is HTML or RSS/Atom markup. Ingesting a URL already
// turns such pages into text (web.ToCorpusText); a pasted or uploaded copy
// used to be refused, so everything it said was unsearchable. Parse now
// converts it the same way: an HTML page through the readability
// extraction fetched pages get, a feed into one section per entry with the
// entry's HTML cut into paragraphs.

// errNoMarkupText is a markup document that holds no readable text.
var errNoMarkupText = errors.New("the document is HTML/XML markup with no readable text in it")

// markupKind is what a document's first bytes say it is.
type markupKind int

const (
	notMarkup markupKind = iota
	htmlMarkup
	feedMarkup
	jsonMarkup // a JSON document (jsondoc.go)
)

// sniffMarkup reads the start of body (after any front matter): an XML
// declaration, comments and a doctype may come before the root element.
func sniffMarkup(body []byte) markupKind {
	head := bytes.TrimSpace(bytes.TrimPrefix(body[:min(len(body), 2048)], []byte("\xef\xbb\xbf")))
	xmlDecl := false
	for len(head) > 0 && head[0] == '<' {
		switch {
		case hasPrefixFold(head, "<?xml"):
			xmlDecl = true
			head = skipPast(head, "?>")
		case hasPrefixFold(head, "<!--"):
			head = skipPast(head, "-->")
		case hasPrefixFold(head, "<!doctype html"), hasPrefixFold(head, "<html"):
			return htmlMarkup
		case hasPrefixFold(head, "<!doctype"):
			head = skipPast(head, ">")
		case hasPrefixFold(head, "<rss"), hasPrefixFold(head, "<feed"), hasPrefixFold(head, "<rdf:rdf"):
			return feedMarkup
		default:
			if xmlDecl {
				return feedMarkup // other XML: gofeed says whether it is a feed
			}
			return notMarkup
		}
	}
	if xmlDecl {
		return feedMarkup
	}
	return notMarkup
}

// skipPast drops b up to and including the first end, and leading space.
func skipPast(b []byte, end string) []byte {
	i := bytes.Index(b, []byte(end))
	if i < 0 {
		return nil
	}
	return bytes.TrimSpace(b[i+len(end):])
}

// convertMarkup returns data in the corpus text format when its body is
// HTML or feed markup (by its first bytes, or by name: a ".html" file is a
// page, a ".xml", ".rss" or ".atom" file a feed), and ok=false when it is
// not markup. A front matter
// the document already has is kept, and fields it lacks are filled from
// the page's own (title, outlet, date, language).
func convertMarkup(data []byte, name string) (out []byte, ok bool, err error) {
	fm, body := cutFrontMatter(data)
	kind := sniffMarkup(body)
	switch lowerString(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		kind = htmlMarkup // a fragment saved as a page has no <html>
	case ".xml", ".rss", ".atom":
		kind = feedMarkup
	case ".json":
		kind = jsonMarkup
	}
	if kind == notMarkup && sniffJSON(body) {
		kind = jsonMarkup // a news API's response pasted as text
	}
	var conv []byte
	switch kind {
	case htmlMarkup:
		// The bytes are UTF-8 (checkFormat): say so, whatever the page's
		// meta tag claims.
		a, err := web.ExtractArticle(body, "text/html; charset=utf-8", "")
		if err != nil {
			if errors.Is(err, web.ErrNoArticle) {
				return nil, false, fmt.Errorf("%w: %w", ErrUnsupportedFormat, errNoMarkupText)
			}
			return nil, false, fmt.Errorf("%w: read HTML: %w", ErrUnsupportedFormat, err)
		}
		conv = a.Text()
	case feedMarkup:
		if conv, err = feedText(body); err != nil {
			return nil, false, fmt.Errorf("%w: %w", ErrUnsupportedFormat, err)
		}
	case jsonMarkup:
		if conv, err = jsonText(body); err != nil {
			return nil, false, fmt.Errorf("%w: read JSON: %w", ErrUnsupportedFormat, err)
		}
	default:
		return nil, false, nil
	}
	if fm == nil {
		return conv, true, nil
	}
	convFM, convBody := cutFrontMatter(conv)
	return append(mergeFrontMatter(fm, convFM), convBody...), true, nil
}

// cutFrontMatter splits a "---" delimited header (with its delimiters)
// from the rest; fm is nil when there is none.
func cutFrontMatter(data []byte) (fm, body []byte) {
	d := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !bytes.HasPrefix(d, []byte("---\n")) && !bytes.HasPrefix(d, []byte("---\r\n")) {
		return nil, data
	}
	rest := d[bytes.IndexByte(d, '\n')+1:]
	for off := 0; off < len(rest); {
		nl := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		if string(bytes.TrimRight(line, "\r")) == "---" {
			end := len(d) - len(rest) + off + len(line)
			if nl >= 0 {
				end++
			}
			return d[:end], d[end:]
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return nil, data
}

// mergeFrontMatter is the document's own header with, before its closing
// line, the converted page's fields the document does not set.
func mergeFrontMatter(own, page []byte) []byte {
	keys := map[string]bool{}
	ownLines := strings.Split(strings.TrimRight(string(own), "\r\n"), "\n")
	for _, l := range ownLines {
		if k, _, ok := strings.Cut(l, ":"); ok {
			keys[lowerString(strings.TrimSpace(k))] = true
		}
	}
	var b strings.Builder
	for _, l := range ownLines[:len(ownLines)-1] {
		b.WriteString(strings.TrimRight(l, "\r"))
		b.WriteByte('\n')
	}
	pageLines := strings.Split(strings.TrimRight(string(page), "\n"), "\n")
	for _, l := range pageLines {
		if k, _, ok := strings.Cut(l, ":"); ok && l != "---" && !lowerIn(keys, strings.TrimSpace(k)) {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	b.WriteString("---\n")
	return []byte(b.String())
}

// feedText renders an RSS/Atom feed as one document: the feed's title and
// language in the front matter, the newest entry's date as its date, and
// per entry a "## title" heading, a dateline and its text. An entry's
// content is preferred to its summary; both are HTML, often escaped.
func feedText(body []byte) ([]byte, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("read feed: %w", err)
	}
	var newest time.Time
	var b strings.Builder
	n := 0
	for _, it := range f.Items {
		text := it.Content
		if strings.TrimSpace(web.HTMLText(text)) == "" {
			text = it.Description
		}
		paras := web.HTMLBlocks(text)
		title := strings.Join(strings.Fields(web.HTMLText(it.Title)), " ")
		if len(paras) == 0 && title == "" {
			continue
		}
		n++
		b.WriteString("\n## ")
		b.WriteString(title)
		b.WriteString("\n")
		var line []string
		if it.Author != nil && strings.TrimSpace(it.Author.Name) != "" {
			line = append(line, "By "+strings.TrimSpace(it.Author.Name))
		}
		if t := it.PublishedParsed; t != nil || it.UpdatedParsed != nil {
			if t == nil {
				t = it.UpdatedParsed
			}
			line = append(line, t.UTC().Format("2 January 2006"))
			if t.After(newest) {
				newest = *t
			}
		}
		if it.Link != "" {
			line = append(line, it.Link)
		}
		if len(line) > 0 {
			b.WriteString("\n" + strings.Join(line, " · ") + "\n")
		}
		for _, p := range paras {
			b.WriteString("\n" + p + "\n")
		}
	}
	if n == 0 {
		return nil, errNoMarkupText
	}
	fields := map[string]string{"title": strings.TrimSpace(f.Title), "outlet": strings.TrimSpace(f.Title), "url": f.Link, "lang": feedLang(f.Language)}
	if !newest.IsZero() {
		fields["published"] = newest.UTC().Format(time.DateOnly)
	}
	return []byte(web.FrontMatter(fields) + b.String()), nil
}

// feedLang is a feed's language as an ISO 639-1 code ("en-gb" → "en").
func feedLang(tag string) string {
	tag = lowerString(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	return tag
}
