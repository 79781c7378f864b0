// A label's text that only names which points follow ("The US peace plan,
// annotated: points 15 to 28", "Le plan américain : points 1 à 14") is a
// title over the points, not a term of the plan.

package corpus

import "strings"

// pointsOnly reports whether s is nothing but a reference to points: a
// point word (singular or plural, any language of plans.json) followed
// only by numbers and short joining words ("points 15 to 28", "punkty od
// 1 do 14", "Punkte 3 und 4").
func pointsOnly(s string) bool {
	lx := lexiconData()
	t := strings.TrimRight(strings.TrimSpace(s), ".:;")
	if n := fieldCountMax(t, 6); n < 2 || n > 6 {
		return false // (most labels: counted before they are lower-cased and split, which splits where t does)
	}
	f := strings.Fields(lowerString(t))
	if !lx.pointPlurals[f[0]] && !lx.pointWords[f[0]] {
		return false
	}
	digits := 0
	for _, w := range f[1:] {
		w = strings.Trim(w, ".,()")
		switch {
		case w != "" && isDigit(w[0]) && strings.Trim(w, "0123456789-–") == "":
			digits++
		case len([]rune(w)) <= 3: // "to", "à", "do", "bis", "и"
		default:
			return false
		}
	}
	return digits > 0
}
