// A point named after its clause by a copula behind a dash, semicolon or
// comma: "Crimea, Luhansk and Donetsk would be recognised as de facto
// Russian - that is point 21.", "… as soon as possible after the
// agreement is signed — that is the eighteenth point.", "Україна стане
// членом ЄС у визначений термін — це сьомий пункт." A sentence that ends
// on "is point 21" was read as introducing the point, so the next
// sentence became its terms ("The most contested part is point 21. It
// says …"): here the terms stand before the dash, and the next sentence
// took a number that is not its own (stop 68, zfreshp3: ZZB, ZZE, ZZF).

package corpus

import "strings"

// backPointerSeps part a clause from the short copula sentence after it
// that names the clause's point.
var backPointerSeps = []string{" - ", " — ", " – ", " -- ", ", "}

// pointAfterClause reports whether s ends on a demonstrative and copula
// naming a point ("that is point 21", "це сьомий пункт", pointers.json's
// pointerDeterminers) behind a dash or comma, after a clause of at least
// four words: the point is the clause's, not the next sentence's.
func pointAfterClause(s string) bool {
	t := trimSentenceEnd(s)
	cut := -1
	for _, sep := range backPointerSeps {
		if i := strings.LastIndex(t, sep); i > cut {
			cut = i
		}
	}
	if cut < 0 || strings.Count(t[:cut], " ") < 3 {
		return false
	}
	tail := strings.Fields(lowerString(strings.TrimLeft(t[cut:], " -—–,")))
	if len(tail) < 2 || len(tail) > 5 {
		return false
	}
	if pointersData().copulaDems[tail[0]] {
		return true // the demonstrative is the copula: "— це сьомий пункт", "; это восемнадцатый пункт"
	}
	return pointersData().determiners[tail[0]] && pointCopulas[tail[1]] // "- that is point 21", not "The most contested part, she said, is point 21. It says …"
}
