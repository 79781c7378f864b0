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

// embeddedPost emits a paragraph signed as an embedded post as its
// signer's words, and reports whether it did.
func (x *extractor) embeddedPost(p string, pos int) bool {
	if !strings.Contains(p, "(@") {
		return false
	}
	m := postSignature.FindStringSubmatchIndex(p)
	if m == nil || m[0] == 0 {
		return false
	}
	sp := x.person(strings.Fields(p[m[2]:m[3]]), "")
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	x.emit(sp, trimQuote(strings.TrimSpace(p[:m[0]])), true, pos)
	return true
}
