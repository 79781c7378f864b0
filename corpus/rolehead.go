// Role headlines: a headline that gives its quotation to a title rather
// than a name ("Retired general: ‘Europe wrote itself back into the
// room’", "Analista: «A Mosca si negozia sul ritmo»", "Эксперт: «…»").
// The label is a title with no name in it; the person is the one the
// story below quotes first, as for a headline in capitals ("ANALISTA,
// '…'", headline.go), so the claim waits in headRoleClaim for them.

package corpus

import (
	"strings"
	"unicode/utf8"
)

// maxRoleLabelWords is the longest title label read, in words: "Former
// NATO commander" is a label, a longer run is a sentence.
const maxRoleLabelWords = 4

// roleHeadline reads a headline "Title: ‘quotation’" whose label is a
// title and no name, and keeps the quotation for the first person the
// story quotes. It says whether it did.
func (x *extractor) roleHeadline(p string, pos int) bool {
	label, after, ok := strings.Cut(p, ": ")
	if !ok {
		return false
	}
	q, ok := quotedHeadline(after)
	if !ok || !x.roleLabel(label) {
		return false
	}
	x.headRoleClaim = &headlineClaim{text: q, direct: true, pos: pos}
	return true
}

// roleLabel reports whether a label is a title alone: a few words, the
// last a title of roles.json, no word after the first capitalised (a
// capitalised word inside is a name: "General Ian Farquharson"), no
// saying verb.
func (x *extractor) roleLabel(label string) bool {
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > maxRoleLabelWords || isAllCaps(label) && len(words) > 1 {
		return false
	}
	for i, w := range words {
		if i > 0 && isCapital(w) {
			return false
		}
		if l := lowerString(w); x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			return false
		}
	}
	return x.lx.isRole(lowerString(words[len(words)-1]))
}

// quotedHeadline returns the quotation that is all of a headline's text
// after its label, in any of the corpus's quotation marks (a headline
// uses single ones too: ‘…’, '…').
func quotedHeadline(s string) (string, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".!? ")
	open, n := utf8.DecodeRuneInString(s)
	closing, m := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune("'\"«„“‘‚»", open) || !strings.ContainsRune("'\"»“”’‘«", closing) || len(s) <= n+m {
		return "", false
	}
	q := s[n : len(s)-m]
	if containsAny(q, "«»“”\"") {
		return "", false // two quotations, or one inside a sentence
	}
	return strings.TrimSpace(q), q != ""
}
