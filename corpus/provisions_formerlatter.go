package corpus

import "strings"

// "Points 13 and 14 concern economics. Under the former, Russia would
// rejoin the G8; under the latter, frozen assets would fund
// reconstruction." A sentence after one naming two points may give each
// its term, pointing back with "the former … the latter" ("der erstere …
// der letztere", "il primo … il secondo", "первый … второй"): the term is
// split there, each half the point it points back to. The words are data
// (grammar.json formerWords, latterWords).

var (
	formerWords = grammarSet("formerWords")
	latterWords = grammarSet("latterWords")
)

// formerLatter splits text, the term read from the sentence after prev,
// into the two points prev names, when text points back to the first near
// its start and to the second later on; nil otherwise.
func formerLatter(lx *lexicon, prev, text string) []numberedTerm {
	ns := namedPointPair(lx, prev)
	if len(ns) != 2 {
		return nil
	}
	former, latter := -1, -1 // word positions (in words) and the byte where the latter's clause starts
	cut := -1
	k := 0
	for i := 0; i < len(text); k++ {
		w, next := nextWord(text, i)
		if w == "" {
			break
		}
		low := lowerString(w)
		if former < 0 && k <= 4 && formerWords[low] {
			former = k
		} else if former >= 0 && latter < 0 && k > former+2 && latterWords[low] {
			latter = k
			cut = clauseStartBefore(text, i)
			break
		}
		i = next
	}
	if latter < 0 || cut <= 0 {
		return nil
	}
	first := strings.TrimRight(strings.TrimSpace(text[:cut]), ",;")
	second := trimLeadingJoin(text[cut:])
	if strings.Count(first, " ") < 2 || strings.Count(second, " ") < 2 {
		return nil
	}
	return []numberedTerm{{ns[0], first}, {ns[1], second}}
}

// clauseStartBefore is where the clause holding the byte at i starts: just
// after the last ";" or "," before it; -1 for none.
func clauseStartBefore(s string, i int) int {
	if j := strings.LastIndexAny(s[:i], ";,"); j >= 0 {
		return j + 1
	}
	return -1
}

// namedPointPair is the two numbers a sentence names after a plural point
// word ("Points 13 and 14 concern …", "I punti 7 e 8 …"), whatever the
// sentence says of them; nil when it names no such pair.
func namedPointPair(lx *lexicon, s string) []int {
	if !numberPair(s) {
		return nil
	}
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return nil
		}
		i = next
		if !lowerIn(lx.pointPlurals, w) {
			continue
		}
		if ns, _ := numberList(lx, s[i:]); len(ns) == 2 {
			return ns
		}
	}
	return nil
}
