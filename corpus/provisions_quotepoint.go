// A quotation after a second point: "le point 8 de ce document excluait
// tout stationnement …, et son cinquième point se contentait de promettre
// des « garanties de sécurité fiables »". The quotation is the second
// point's wording, not the first's; the first point's term is the sentence
// (then parted at the join that names the second point, joinhead).

package corpus

import "strings"

// quoteOfLaterPoint reports whether quoted, in sentence s, stands after
// another point reference than the one ending at end: a numbered one or
// an ordinal beside a point word.
func quoteOfLaterPoint(s string, end int, quoted string) bool {
	if quoted == "" || end >= len(s) {
		return false
	}
	q := strings.Index(s[end:], quoted)
	if q <= 0 {
		return false
	}
	between := s[end : end+q]
	if hasPointRef(between) {
		return true
	}
	lx := lexiconData()
	for _, at := range lx.pointWordsIn(between) {
		before := lowerString(wordBefore(between, at.start))
		if lx.ordinals[before] > 0 || numericOrdinal(before) > 0 || hyphenOrdinal(lx, before) > 0 {
			return true // "son cinquième point", "the 5th point"
		}
	}
	return false
}
