package corpus

import (
	"strings"
	"unicode/utf8"
)

// A headline or a subheading in sentence case ("Kremlin says no
// compromise yet after five-hour meeting", "Washington calls it a good
// day") summarises what the body then reports with its speaker and words:
// read as a statement it would give a place or a body the words of a
// person, or repeat the body's statement in the headline's shorthand.

// maxSubheadingWords is the most words a line read as a headline has.
const maxSubheadingWords = 16

// subheading reports whether a text paragraph is a headline: short, with
// no sentence-ending punctuation, no quotation marks or label colon, and
// followed by a text paragraph (the story it heads) or a byline.
func (x *extractor) subheading(p paragraph, next *paragraph) bool {
	if p.kind != paraText || x.transcript || next == nil || next.kind != paraText && next.kind != paraHeading {
		return false
	}
	t := strings.TrimSpace(p.text)
	last, _ := utf8.DecodeLastRuneInString(t)
	if t == "" || strings.ContainsRune(".!?…:;,\"”»'’)", last) || containsAny(t, "\"“”«»„:") {
		return false
	}
	words := 0
	for range strings.FieldsSeq(t) {
		words++
		if words > maxSubheadingWords {
			return false
		}
	}
	return words >= 3
}
