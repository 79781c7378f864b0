package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ErrNoArticle is returned when a page has no readable article text.
var ErrNoArticle = errors.New("no article text found")

// Article is the readable part of a web page with its metadata, ready to be
// written in the corpus text format.
type Article struct {
	Title     string
	URL       string
	Outlet    string // the site name, or the host when the page names none
	Published string // "2006-01-02", "" when the page gives no date
	Lang      string // ISO 639-1 primary subtag, "" when unknown
	// Paragraphs are the article's blocks in order. List items keep their
	// marker ("- " or "3. ") so numbered provisions are still recognised.
	Paragraphs []string
}

// ExtractArticle finds the article in an HTML page with readability,
// dropping navigation, scripts and other boilerplate. contentType (the
// Content-Type header, may be "") selects the character set; pageURL (may
// be "") resolves relative links and names the outlet when the page does not.
func ExtractArticle(page []byte, contentType, pageURL string) (*Article, error) {
	r, err := charset.NewReader(bytes.NewReader(page), contentType)
	if err != nil {
		return nil, fmt.Errorf("decode HTML: %w", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	var u *url.URL
	if pageURL != "" {
		if u, err = url.Parse(pageURL); err != nil {
			return nil, fmt.Errorf("parse page URL %q: %w", pageURL, err)
		}
	}
	// Metadata readability does not look at, read before it mutates the tree.
	meta := scanMeta(doc)
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, u)
	if err != nil {
		return nil, fmt.Errorf("readability: %w", err)
	}
	a := &Article{
		Title:  oneLine(art.Title()),
		URL:    pageURL,
		Outlet: oneLine(art.SiteName()),
		Lang:   normLang(art.Language()),
	}
	if meta.canonical != "" && pageURL == "" {
		a.URL = meta.canonical
	}
	if a.Lang == "" {
		a.Lang = normLang(meta.lang)
	}
	if a.Outlet == "" && u != nil {
		a.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
	}
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t.Format(time.DateOnly)
	} else if meta.published != "" {
		if t, err := dateparse.ParseAny(meta.published); err == nil {
			a.Published = t.Format(time.DateOnly)
		}
	}
	if art.Node != nil {
		a.Paragraphs = blocks(art.Node)
	}
	if a.Title == "" {
		a.Title = meta.h1
	}
	// readability keeps the headline inside the content on some pages.
	if len(a.Paragraphs) > 0 && a.Paragraphs[0] == a.Title {
		a.Paragraphs = a.Paragraphs[1:]
	}
	if len(a.Paragraphs) == 0 {
		if pageURL == "" {
			return nil, ErrNoArticle
		}
		return nil, fmt.Errorf("%s: %w", pageURL, ErrNoArticle)
	}
	return a, nil
}

// Text renders the article in the corpus text format: a front-matter header
// with the metadata that is known, a blank line, then one paragraph per
// line with blank lines between paragraphs. Consecutive list items stay on
// consecutive lines, as in Markdown.
func (a *Article) Text() []byte {
	var b bytes.Buffer
	b.WriteString(FrontMatter(map[string]string{
		"title": a.Title, "url": a.URL, "outlet": a.Outlet, "published": a.Published, "lang": a.Lang,
	}))
	b.WriteByte('\n')
	for i, p := range a.Paragraphs {
		if i > 0 {
			b.WriteByte('\n')
			if !(isListItem(p) && isListItem(a.Paragraphs[i-1])) {
				b.WriteByte('\n')
			}
		}
		b.WriteString(p)
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// frontKeys fixes the order of front-matter fields.
var frontKeys = []string{"title", "url", "outlet", "published", "plan", "lang"}

// FrontMatter renders the non-empty fields as a "---" delimited header.
// Values are folded to one line; a value YAML would misread (leading
// quote or indicator, ": " or " #" inside) is double-quoted.
func FrontMatter(fields map[string]string) string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, k := range frontKeys {
		v := oneLine(fields[k])
		if v == "" {
			continue
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(yamlScalar(v))
		b.WriteByte('\n')
	}
	b.WriteString("---\n")
	return b.String()
}

func yamlScalar(v string) string {
	if strings.ContainsAny(v[:1], "\"'&*!|>%@`#{}[],?:-") || strings.Contains(v, ": ") || strings.Contains(v, " #") || strings.HasSuffix(v, ":") {
		return strconv.Quote(v)
	}
	return v
}

func isListItem(p string) bool {
	if strings.HasPrefix(p, "- ") {
		return true
	}
	i := strings.IndexFunc(p, func(r rune) bool { return r < '0' || r > '9' })
	return i > 0 && strings.HasPrefix(p[i:], ". ")
}

// oneLine collapses all whitespace runs to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// normLang reduces a language tag ("en-GB", "uk_UA") to its primary subtag.
func normLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 || strings.IndexFunc(tag, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ""
	}
	return tag
}

type pageMeta struct {
	lang, published, canonical, h1 string
}

// scanMeta collects the fallbacks for metadata readability may miss: the
// <html lang>, a date in <time datetime> or common <meta> names, the
// canonical link and the first <h1>.
func scanMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Meta:
				name := strings.ToLower(attr(n, "name") + attr(n, "property") + attr(n, "itemprop"))
				switch name {
				case "date", "datepublished", "pubdate", "publishdate", "dc.date", "dc.date.issued", "article:published_time", "og:published_time", "sailthru.date", "parsely-pub-date":
					if m.published == "" {
						m.published = attr(n, "content")
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Time:
				if m.published == "" {
					m.published = attr(n, "datetime")
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = oneLine(textOf(n))
				}
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// blocks flattens readability's cleaned article into paragraphs: every
// block element starts a new one, <br> too, and list items get a "- " or
// "N. " marker (honouring <ol start>) so a numbered plan stays numbered.
func blocks(root *html.Node) []string {
	w := &blockWriter{}
	w.walk(root)
	w.flush()
	return w.out
}

type blockWriter struct {
	out    []string
	cur    strings.Builder
	prefix string // list marker for the next paragraph flushed
}

func (w *blockWriter) flush() {
	text := oneLine(w.cur.String())
	w.cur.Reset()
	if text == "" || !hasLetterOrDigit(text) {
		return
	}
	w.out = append(w.out, w.prefix+text)
	w.prefix = ""
}

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func (w *blockWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Aside, atom.Form,
		atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Iframe, atom.Svg, atom.Math,
		atom.Audio, atom.Video, atom.Canvas, atom.Figure:
		return
	case atom.Br:
		w.flush()
		return
	case atom.Ul, atom.Ol:
		w.flush()
		n0 := 1
		if s, err := strconv.Atoi(attr(n, "start")); err == nil && n.DataAtom == atom.Ol {
			n0 = s
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Li {
				w.walk(c)
				continue
			}
			w.flush()
			if n.DataAtom == atom.Ol {
				if v, err := strconv.Atoi(attr(c, "value")); err == nil {
					n0 = v
				}
				w.prefix = strconv.Itoa(n0) + ". "
				n0++
			} else {
				w.prefix = "- "
			}
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				w.walk(cc)
			}
			w.flush()
		}
		w.prefix = ""
		return
	case atom.Td, atom.Th:
		w.cur.WriteString(" ")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		w.cur.WriteString(" ")
		return
	}
	if isBlock(n.DataAtom) {
		w.flush()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		w.flush()
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption, atom.Dl, atom.Dt, atom.Dd,
		atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Figcaption, atom.Li:
		return true
	}
	return false
}

// HTMLBlocks cuts an HTML fragment (a feed entry's content, a pasted
// snippet) into text blocks the way an article's paragraphs are cut, with
// no readability pass: a fragment is all content, and readability drops
// short ones whole.
func HTMLBlocks(fragment string) []string {
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		return nil // x/net/html only fails on a reader error
	}
	return blocks(doc)
}

// HTMLText is the text of an HTML fragment on one line: entities decoded,
// tags dropped (a feed entry's title may hold either).
func HTMLText(fragment string) string {
	return strings.Join(HTMLBlocks(fragment), " ")
}
