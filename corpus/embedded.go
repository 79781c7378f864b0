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
		out[strings.ToLower(w)] = true
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
		if postNouns[strings.ToLower(strings.Trim(w, ".,;:()"))] {
			return p[m[2]:m[3]], m[0], true
		}
	}
	return "", 0, false
}

// embeddedPost emits a paragraph signed as an embedded post as its
// signer's words, and reports whether it did.
func (x *extractor) embeddedPost(p string, pos int) bool {
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
