// Embedded posts: an article quotes a post as a block quote signed on its
// last line, "> Before we start working on any plan, it would be good to
// know who the author is. > — Donald Tusk (@donaldtusk) November 24,
// 2025". The signature names who wrote the words above it.

package corpus

import (
	"regexp"
	"strings"
)

// postSignature is the signature closing an embedded post: a dash, a name
// of one to four capitalised words and the account in brackets.
var postSignature = regexp.MustCompile(`\s[—–-]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*\(@\w+\)[^()]*$`)

// quoteSignature is the other signature of a quoted post: a dash, a full
// name, a comma and where (and when) it was posted ("— Рустем Умєров,
// допис у Telegram, 30 листопада"); signedPost checks the where.
var quoteSignature = regexp.MustCompile(`\s[—–]\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+([^—–]{2,80})$`)

// maxSignature bounds a signature's length in bytes: a dash, a name of
// three words, a comma and 80 runes of where and when.
const maxSignature = 400

// postNouns is data/morphology.json's postNouns: the words that make a
// signature's tail say a post ("допис у Telegram", "post su X").
var postNouns = func() map[string]bool {
	var md struct {
		PostNouns []string `json:"postNouns"`
	}
	mustUnmarshalMorphology(&md)
	out := make(map[string]bool, len(md.PostNouns))
	for _, w := range md.PostNouns {
		out[lowerString(w)] = true
	}
	return out
}()

// signedPost finds the signature of a quoted post at the end of p and
// returns the signer's name and where the signature starts.
func signedPost(p string) (name string, at int, ok bool) {
	if strings.Contains(p, "(@") {
		if m := postSignature.FindStringSubmatchIndex(p); m != nil {
			return p[m[2]:m[3]], m[0], true
		}
		return "", 0, false
	}
	// only the tail after the last dash can be a signature: the expression
	// never reads a whole paragraph
	tail := max(0, len(p)-maxSignature) // a dash further back is too far from the end anyway
	from := lastSpacedDash(p[tail:])    // (dashscan.go)
	if from >= 0 {
		from += tail
	}
	if from < 0 || len(p)-from > maxSignature {
		return "", 0, false
	}
	m := quoteSignature.FindStringSubmatchIndex(p[from:])
	if m == nil {
		return "", 0, false
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	for w := range strings.FieldsSeq(p[m[4]:m[5]]) {
		if lowerIn(postNouns, strings.Trim(w, ".,;:()")) {
			return p[m[2]:m[3]], m[0], true
		}
	}
	return "", 0, false
}

// embeddedPost emits a paragraph signed as an embedded post as its
// signer's words, and reports whether it did.
func (x *extractor) embeddedPost(p string, pos int) bool {
	if x.headedPost(p, pos) {
		return true // "Kaja Kallas @kajakallas · Nov 24 Any plan needs …"
	}
	name, at, ok := signedPost(p)
	if !ok || at == 0 {
		return false // (a signature with no post above it)
	}
	sp := x.person(strings.Fields(name), "")
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	x.emit(sp, trimQuote(strings.TrimSpace(p[:at])), true, pos)
	return true
}

// postHeader is the header a newsletter or a live page copies over an
// embedded post: the author's name, the account and, after dots, where
// and when it was posted ("Kaja Kallas @kajakallas · Nov 24", "Donald J.
// Trump @realDonaldTrump · Truth Social · Nov 24"). The post's text
// follows the date.
var postHeader = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+@\w+((?:\s*[·•|]\s*[^·•|.!?]{1,40}?)*?)\s*[·•|]\s*(?:\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[hm])\s+(\S)`)

// headedPost emits a paragraph that is a post under its header as the
// author's words, and reports whether it did. A header opening the body
// heads the document itself, a thread whose author may be the reporter
// telling the story (authortext.go decides whose it is), not a post the
// document quotes.
func (x *extractor) headedPost(p string, pos int) bool {
	if pos == 0 {
		return false
	}
	if strings.IndexByte(p, '@') < 0 {
		return false // postHeader needs a handle: most paragraphs are not run through the expression (regexpgates.go)
	}
	p = strings.TrimSpace(p)
	m := postHeader.FindStringSubmatchIndex(p)
	if m == nil {
		return false
	}
	sp := x.person(strings.Fields(p[m[2]:m[3]]), "")
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	x.emit(sp, trimQuote(strings.TrimSpace(p[m[6]:])), true, pos)
	return true
}

// joinPostHeader joins a post's header read as a heading of its own, its
// line all in bold, to the paragraph of the post's text below it, which
// headedPost then reads, and reports whether it did. A header ending in
// a date with a full stop ("22. Nov.") stands as a paragraph of its own.
func joinPostHeader(ps []paragraph, i int) bool {
	if ps[i].index == 0 || ps[i].kind != paraHeading && ps[i].kind != paraText || i+1 >= len(ps) || ps[i+1].kind != paraText {
		return false
	}
	h := strings.TrimSpace(ps[i].text)
	if !strings.Contains(h, "@") || postHeader.FindStringIndex(h+" "+ps[i+1].text) == nil || !postHeaderOnly(h) {
		return false
	}
	ps[i+1].text = h + " " + strings.TrimSpace(ps[i+1].text)
	return true
}

// postHeaderOnly reports whether h is a post's header and nothing more:
// the text after the date would be a word of the header.
func postHeaderOnly(h string) bool {
	m := postHeader.FindStringSubmatchIndex(h + " X")
	return m != nil && m[6] == len(h)+1
}
