package web

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// Format is how a document's bytes are to be read.
type Format int

// The document formats ingestion understands.
const (
	FormatUnknown Format = iota
	FormatText           // plain text or Markdown, possibly with front matter: stored as is
	FormatHTML           // a web page: the article is extracted first
	// FormatSubtitles is a video's captions (SubRip, WebVTT): stored as
	// they are, read as the transcript they hold by corpus.Parse.
	FormatSubtitles
)

// TextExtensions, HTMLExtensions and SubtitleExtensions are the file name
// suffixes ingestion accepts, lower case.
var (
	TextExtensions     = []string{".txt", ".md", ".markdown", ".text", ".ics"} // .ics: a calendar export, read one event a paragraph by corpus.Parse
	HTMLExtensions     = []string{".html", ".htm", ".xhtml"}
	SubtitleExtensions = []string{".srt", ".vtt", ".webvtt"}
	// FeedExtensions are saved RSS/Atom feeds: passed through as text,
	// corpus.Parse reads their entries.
	FeedExtensions = []string{".xml", ".rss", ".atom"}
	// JSONExtensions are JSON documents (a news API's response, a JSON
	// Feed): passed through as text, corpus.Parse reads their articles.
	JSONExtensions = []string{".json"}
)

// SubtitleTypes are the media types captions are served and uploaded
// with: WebVTT's registered type and SubRip's customary ones.
var SubtitleTypes = []string{"text/vtt", "application/x-subrip", "application/srt", "text/srt", "text/x-srt"}

func isSubtitleType(mt string) bool {
	for _, t := range SubtitleTypes {
		if mt == t {
			return true
		}
	}
	return false
}

// DetectFormat decides a document's format from its media type (a
// Content-Type value, may be "") and, when that says nothing useful, its
// name's extension.
func DetectFormat(contentType, name string) Format {
	if contentType != "" {
		mt, _, err := mime.ParseMediaType(contentType)
		if err == nil {
			switch {
			case mt == "text/html" || mt == "application/xhtml+xml":
				return FormatHTML
			case isSubtitleType(mt):
				return FormatSubtitles
			case mt == "application/rss+xml" || mt == "application/atom+xml" || mt == "application/xml" || mt == "text/xml":
				return FormatText // a feed: corpus.Parse reads its entries
			case mt == "application/json" || mt == "application/feed+json":
				return FormatText // a JSON document: corpus.Parse reads its articles
			case mt == "text/calendar":
				return FormatText // a calendar export: corpus.Parse reads its events
			case mt == "text/plain" || mt == "text/markdown" || mt == "text/x-markdown":
				// Servers and Discord label .md and even .html files text/plain:
				// let a known extension refine it.
				if f := formatByName(name); f != FormatUnknown {
					return f
				}
				return FormatText
			case strings.HasPrefix(mt, "text/"):
				if f := formatByName(name); f != FormatUnknown {
					return f
				}
				return FormatUnknown
			case mt != "application/octet-stream":
				return FormatUnknown
			}
		}
	}
	return formatByName(name)
}

func formatByName(name string) Format {
	// Strip a query string so URLs work as names too.
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		name = name[:i]
	}
	ext := strings.ToLower(path.Ext(name))
	switch {
	case slices.Contains(TextExtensions, ext), slices.Contains(FeedExtensions, ext), slices.Contains(JSONExtensions, ext):
		return FormatText // feeds and JSON documents: corpus.Parse reads their entries and articles
	case slices.Contains(HTMLExtensions, ext):
		return FormatHTML
	case slices.Contains(SubtitleExtensions, ext):
		return FormatSubtitles
	}
	return FormatUnknown
}

// ToCorpusText turns a document's bytes into the corpus text format: HTML
// goes through ExtractArticle; text and Markdown pass through unchanged,
// except that sourceURL (may be "") is recorded in a front matter added to a
// text without one; subtitles pass through the same way (corpus.Parse reads
// them after the front matter). Other formats fail with ErrUnsupportedType.
func ToCorpusText(data []byte, contentType, name, sourceURL string) ([]byte, error) {
	switch DetectFormat(contentType, name) {
	case FormatHTML:
		a, err := ExtractArticle(data, contentType, sourceURL)
		if err != nil {
			return nil, err
		}
		return a.Text(), nil
	case FormatText, FormatSubtitles:
		if !utf8.Valid(data) {
			return nil, fmt.Errorf("%s: text is not UTF-8: %w", name, ErrUnsupportedType)
		}
		if sourceURL != "" && !hasFrontMatter(data) {
			var b bytes.Buffer
			b.WriteString(FrontMatter(map[string]string{"url": sourceURL}))
			b.WriteByte('\n')
			b.Write(data)
			return b.Bytes(), nil
		}
		return data, nil
	default:
		if contentType == "" {
			contentType = "unknown type"
		}
		return nil, fmt.Errorf("%s (%s): only .txt, .md, .html, feed (.xml, .rss, .atom) and subtitle (.srt, .vtt) documents can be ingested: %w", name, contentType, ErrUnsupportedType)
	}
}

func hasFrontMatter(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(data, []byte("---\n")) || bytes.HasPrefix(data, []byte("---\r\n"))
}

// FetchDocument fetches a page or text document and returns it in the
// corpus text format, with the final URL after redirects.
func (c *Client) FetchDocument(ctx context.Context, rawURL string) (text []byte, finalURL string, err error) {
	resp, err := c.Get(ctx, rawURL, Request{Accept: DocumentTypes})
	if err != nil {
		return nil, "", err
	}
	ct := resp.Header
	if ct == "" {
		ct = resp.ContentType
	}
	text, err = ToCorpusText(resp.Body, ct, resp.URL, resp.URL)
	if err != nil {
		return nil, resp.URL, fmt.Errorf("%s: %w", resp.URL, err)
	}
	return text, resp.URL, nil
}

// ParseName is the name to give corpus.ParseOptions for a document that went
// through ToCorpusText: the corpus parser picks plain text or Markdown by
// extension and refuses others, so a converted page ("story.html", a URL
// ending in ".php?id=3") gets ".txt" appended, while .txt, .md and
// subtitle names (and names without an extension) are kept: a caption
// file's name gives its date and title.
func ParseName(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case "", ".txt", ".text", ".md", ".markdown", ".srt", ".vtt", ".webvtt", ".ics":
		if !strings.ContainsAny(name, "?#") {
			return name
		}
	}
	return name + ".txt"
}
