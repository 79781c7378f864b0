// Coordinated that-clauses set off by a comma. Reporters give two things
// one person said in one sentence: "Merz said there was now a real chance
// of a peace process, and that the guarantees … were remarkable", "a
// déclaré que …, et que …", "ha detto che …, e che …", "powiedział, że …,
// i że …", "заявил, что …, и что …". With the comma before the conjunction
// the second clause is a claim of its own, and the gold sets that hold the
// shape (C, L, ZI, ZM) count each clause as a statement. Without the comma
// ("said A and that B") the writers disagree: sets N, S, V, W, ZC, ZE, ZK,
// ZL and ZM quote "A and that B" as one statement as often as others split
// it, and a statement holding both clauses is matched by either reading,
// so that shape stays one statement (stop 47, xpredicate, measured the
// cut without the comma: it lost eight statements and gained none).

package corpus

import "strings"

// demonstrativeThatVerbs follow an English "that" used as a pronoun, not
// as the that-word of a clause: "…, and that changes the arithmetic",
// "…, and that is not a starting bid".
var demonstrativeThatVerbs = set([]string{
	"is", "was", "would", "will", "could", "can", "may", "might", "should", "must",
	"has", "had", "means", "meant", "makes", "made", "changes", "changed", "remains",
	"seems", "shows", "showed", "matters", "helps", "leaves",
})

// coordThatSplit cuts a reported statement at ", <conjunction> <that>"
// into the first clause and the second, without its that-word. ok is false
// when text holds no such join, when the English "that" is a pronoun, or
// when either part would be less than a clause (three words).
func (x *extractor) coordThatSplit(text string) (head, tail string, ok bool) {
	for c := range commaJoins(text) {
		conj, rest := cutWord(text[c+2:])
		if !lowerIn(x.lx.conjunctions, conj) {
			continue
		}
		that, after := cutWord(strings.TrimLeft(rest, " "))
		lt := lowerString(that)
		if !x.lx.thatWords[lt] {
			continue
		}
		after = strings.TrimLeft(after, " ")
		if lt == "that" {
			next, _ := cutWord(after)
			if lowerIn(demonstrativeThatVerbs, next) || strings.HasSuffix(next, "'s") || strings.HasSuffix(next, "’s") {
				continue // "…, and that changes the arithmetic": a pronoun
			}
		}
		head, tail = strings.TrimSpace(text[:c]), strings.TrimSpace(after)
		if len(strings.Fields(head)) < 3 || len(strings.Fields(tail)) < 3 {
			return "", "", false
		}
		return head, tail, true
	}
	return "", "", false
}
