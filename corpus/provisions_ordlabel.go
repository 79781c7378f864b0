// Ordinal point labels: a bullet or a line that opens with a point named
// by its ordinal in words, then a dash or a colon, and the point's text
// ("- punkt trzeci — Rosja nie napadnie …", "- Девета точка: …", "- Point
// nine: …" is not read: cardinals are digits). The digit form ("Punkt 3:")
// is pointMarker's; this is the same label with the number written as an
// ordinal, in either order (point word first, as Polish and Czech write
// it, or the ordinal first, as Bulgarian and Ukrainian do).

package corpus

import "strings"

// ordinalLabel reads an ordinal point label at the start of s: the number
// it names and the text after its dash or colon. ok is false for any
// other text, and for a label with too little text after it.
func ordinalLabel(s string) (number int, rest string, ok bool) {
	lx := lexiconData()
	s = strings.TrimLeft(s, "*_ ")
	w1, e1 := nextWord(s, 0)
	w2, e2 := nextWord(s, e1)
	if w1 == "" || w2 == "" {
		return 0, "", false
	}
	l1, l2 := lowerString(w1), lowerString(w2)
	end := 0
	switch {
	case lx.pointWords[l1] || pointRefSet().has(w1):
		number, end = ordinalAfter(lx, s, w2, e2) // "punkt trzeci", "punkt dwudziesty szósty"
	case lx.ordinals[l1] > 0 && (lx.pointWords[l2] || pointRefSet().has(w2)):
		number, end = lx.ordinals[l1], e2 // "Девета точка"
	default:
		if t := ordinalTensData()[l1]; t > 0 {
			// "Двадесет и пета точка", "Двадцять шостий пункт"
			u, eu := w2, e2
			if ordinalJoinersData()[l2] {
				u, eu = nextWord(s, e2)
			}
			p, ep := nextWord(s, eu)
			if n := lowerIn(lx.ordinals, u); n >= 1 && n <= 9 && p != "" && (lowerIn(lx.pointWords, p) || pointRefSet().has(p)) {
				number, end = t+n, ep
			}
		}
	}
	if number <= 0 {
		return 0, "", false
	}
	after := strings.TrimLeft(s[end:], "*_ ")
	for _, mark := range []string{"—", "–", "-", ":"} {
		if r, found := strings.CutPrefix(after, mark); found {
			rest = strings.TrimSpace(strings.TrimLeft(r, "*_ "))
			if strings.Count(rest, " ") < 1 {
				return 0, "", false
			}
			return number, rest, true
		}
	}
	return 0, "", false
}
