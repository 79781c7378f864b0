package corpus

// "The cap on the army is in point 6. Point 7 would have Ukraine …": a
// sentence that ends on a point ("… is point 21.", "Nehmen Sie Punkt 14.")
// usually leaves its terms to the next sentence, but not when that
// sentence opens another point of its own; then each sentence is its own
// point's, and the short one keeps its own words.

// opensOtherPoint reports whether sentence next refers to a numbered
// point other than n before its terms: in its first few words ("Point 7,
// as …", "Il punto 8 invece …", "Пункт 9 …").
func opensOtherPoint(next string, n int) bool {
	m, end, ok := pointRefEnd(next)
	if !ok {
		return opensOtherOrdinal(next, n) // "Шестой пункт предусматривает …" (pointref_ordinalopen.go)
	}
	if m == n {
		return false
	}
	return wordsIn(next[:end]) <= 4
}

// wordsIn counts the space-separated words of s.
func wordsIn(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
