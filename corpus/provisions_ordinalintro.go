// A point introduced by its ordinal as the complement of a copula, its
// terms in the next sentence: "That clause is the plan's 21st point. In
// the leaked draft, it would have Crimea … recognised as Russian", "Il
// nodo è il ventunesimo punto. Prevede che …", "Самое спорное — шестой
// пункт. Он ограничивает армию …". The numbered form ("The most contested
// part is point 21. It says …") was read so already (introducesPoint);
// the ordinal form gave the introducing sentence itself as the term.

package corpus

import "strings"

// ordinalIntroduces reports whether s closes on an ordinal point word
// ("… is the plan's 21st point.") with a copula (pointCopulas) among the
// few words before it: the sentence names the point and leaves its terms
// to the next.
func ordinalIntroduces(lx *lexicon, s string) bool {
	t := strings.TrimSpace(trimSentenceEnd(s))
	ws := lx.pointWordsIn(t)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if strings.TrimSpace(t[last.end:]) != "" || ordinalAt(lx, t, last) == 0 && ordinalPointRef(t) == 0 {
		return false // the sentence goes on past the point word: it says something of it
	}
	before := strings.Fields(lowerString(t[:last.start]))
	for _, w := range before[max(0, len(before)-5):] {
		if pointCopulas[w] {
			return true
		}
	}
	return false
}
