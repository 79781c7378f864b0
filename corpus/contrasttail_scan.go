// A fast test for the opening word of a contrast tail (provisions_contrasttail.go).
//
// contrastTail tries every word start of a provision's text against every
// opening word of plans.json's contrastTails; written as
// strings.HasPrefix(rest, w+" ") over all of them, that built a string per
// word of the text and per tail word, and was the largest single cost of
// extraction. The words are indexed here by their first byte and compared
// in place.

package corpus

import "sync"

// contrastTailByFirst holds contrastTailWords by first byte, in their
// order; a "" word (a tail opened by a space alone) is in every list.
var contrastTailByFirst = sync.OnceValue(func() *[256][]string {
	var ix [256][]string
	for _, w := range contrastTailWords() {
		for c := range ix {
			if w == "" || w[0] == byte(c) {
				ix[c] = append(ix[c], w)
			}
		}
	}
	return &ix
})

// contrastTailsAt returns the contrast tail words that may open rest: those
// of contrastTailWords, in order, sharing its first byte. A word left out
// is one strings.HasPrefix(rest, w+" ") rejects.
func contrastTailsAt(rest string) []string {
	if rest == "" {
		return nil
	}
	return contrastTailByFirst()[rest[0]]
}

// hasWordPrefix is strings.HasPrefix(s, w+" ") without building w+" ".
func hasWordPrefix(s, w string) bool {
	return len(s) > len(w) && s[len(w)] == ' ' && s[:len(w)] == w
}

// contrastTailSet holds every contrast tail word with its space after it,
// as a lookSet: a text holding none of them anywhere has no tail, and
// contrastTail gives it up in one pass over it. nil when a tail word is ""
// (a tail opened by a space alone, which any text may hold).
var contrastTailSet = sync.OnceValue(func() *lookSet {
	var ws []string
	for _, w := range contrastTailWords() {
		if w == "" {
			return nil
		}
		ws = append(ws, w+" ")
	}
	return newLookSet(ws)
})
