// "Пятый пункт касается гарантий. Шестой пункт предусматривает …": a
// short sentence naming a point leaves its terms to the next sentence
// (provisions_nextpoint.go), but not when that sentence opens with a
// point of its own named by an ordinal, as digests of a plan run point
// after point ("Szósty punkt przewiduje …", "Šestý bod stanoví …",
// "The seventh point says …"). Without this the sixth point's terms
// became the fifth's and the sixth was missed.

package corpus

// opensOtherOrdinal reports whether sentence next names, in its first four
// words, a point by an ordinal other than n ("Шестой пункт …", "Al
// douăzeci și treilea punct …").
func opensOtherOrdinal(next string, n int) bool {
	lx := lexiconData()
	for _, at := range lx.pointWordsIn(next) {
		if wordsIn(next[:at.end]) > 4 {
			break
		}
		if m := ordinalAt(lx, next, at); m > 0 {
			return m != n
		}
	}
	return false
}
