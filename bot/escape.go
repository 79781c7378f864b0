package bot

import (
	"net/url"
	"strings"
)

// Every piece of text that comes from a document (title, outlet, plan,
// speaker, snippet, URL) or from a member (a query echoed back) passes
// through one of the three functions below before it reaches Discord, in
// every command and in the digest. Discord reads Markdown in message
// content, embed descriptions, field names and values: unescaped, a page
// titled "[Login](https://evil.example/login)" would become a link in every
// answer citing it, and "<@&123>" a role pill.

// markdownMeta are the characters Discord gives a meaning to. A backslash
// before any of them makes Discord show the character as is.
const markdownMeta = "\\*_~`|[]()<>@#"

func isMeta(c byte) bool { return strings.IndexByte(markdownMeta, c) >= 0 }

// EscapeMarkdown makes document or member text display literally: every
// Markdown metacharacter (emphasis, code, spoilers, masked links, headings,
// quotes) is backslash-escaped, so "[a](b)" cannot become a link and
// "<@&123>", "<#1>" or "<t:1:R>" cannot become pills, and "@everyone" is
// not even shown as a mention. Line breaks become spaces: every field that
// goes through here is shown on one line, and a line break would let the
// text start a heading or a quote.
func EscapeMarkdown(s string) string {
	return escape(oneLine(s), false)
}

// EscapeSnippet is EscapeMarkdown for a search snippet: the **bold**
// markers the index puts around matched words are kept (an unpaired one is
// escaped), and a character the index already escaped stays escaped once,
// so a snippet is safe whether or not its searcher escaped it.
func EscapeSnippet(s string) string {
	return escape(oneLine(s), true)
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\u2028\u2029") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
	}), " ")
}

func escape(s string, snippet bool) string {
	bold := 0 // how many "**" markers are kept
	if snippet {
		n := countMarkers(s)
		bold = n - n%2
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case snippet && c == '\\' && i+1 < len(s) && (isMeta(s[i+1]) || s[i+1] == '-'):
			b.WriteByte(c) // already escaped by the searcher
			b.WriteByte(s[i+1])
			i++
		case snippet && c == '*' && i+1 < len(s) && s[i+1] == '*' && bold > 0:
			b.WriteString("**")
			bold--
			i++
		case isMeta(c):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '-' && i == 0:
			b.WriteString(`\-`) // "-# " would start subtext
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// countMarkers counts the unescaped "**" pairs in s, read as escape does.
func countMarkers(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && isMeta(s[i+1]):
			i++
		case s[i] == '*' && i+1 < len(s) && s[i+1] == '*':
			n++
			i++
		}
	}
	return n
}

// maxLinkLen bounds a URL placed in a link; a longer one is left out rather
// than cut, since a cut URL leads somewhere else.
const maxLinkLen = 512

// LinkURL returns u fit to be the target of a Markdown link "[text](u)",
// or "" when it must not be linked: only absolute http and https URLs with
// a plain host name and no user info are linked (never javascript:, data:
// or "https://example.org@evil.example"). Characters that would end the
// link early or break it ("(", ")", spaces, "<", ">", brackets, quotes,
// anything outside printable ASCII) are percent-encoded. LinkURL of its own
// result returns it unchanged.
func LinkURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" || len(u) > maxLinkLen {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.User != nil || p.Opaque != "" || !validHost(p.Host) {
		return ""
	}
	// Keep the text after scheme://host as the document gave it (its own
	// escapes included) and encode only what breaks a link.
	rest := u[strings.Index(u, "//")+2:]
	rest = rest[min(len(p.Host), len(rest)):]
	if !strings.EqualFold(u[:strings.Index(u, "//")+2+len(p.Host)], p.Scheme+"://"+p.Host) {
		return ""
	}
	var b strings.Builder
	b.WriteString(strings.ToLower(p.Scheme) + "://" + strings.ToLower(p.Host))
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()[]<>\"`\\^{}|", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	out := b.String()
	if len(out) > maxLinkLen {
		return ""
	}
	return out
}

// validHost accepts a DNS name or IPv4 address with an optional port: the
// characters a host may use, and at least one of them.
func validHost(h string) bool {
	if h == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == ':') {
			return false
		}
	}
	return !strings.HasPrefix(h, ":") && !strings.HasPrefix(h, ".")
}

// plainText prepares document text for a place Discord shows without
// Markdown (autocomplete choice names): one line, no control characters.
// Escaping there would show the backslashes.
func plainText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}
