// A point's number in brackets after its clause, in a sentence that names
// another point too ("Pункт 14 … визнає лінію …, а Рада миру … стежитиме за
// виконанням угоди (пункт 19)", "dat in punt 5 garanties belooft …, en dat
// een leger van 800.000 … toestaat (punt 4)", "keeps Ukraine's army at
// 800,000 in peacetime (point four), and point 18 calls for …"). The
// sentence is cut at its clause joins only where a clause names its own
// point (pointClauses), and a bracketed note was taken to close the whole
// text before it ("… from the United States, and Europe (point 5)"), so
// the two points' terms stayed one provision with one number. A note
// closes its own clause when the text before the join names another point,
// and a note in words ("(point four)", "(punto siete)") is a reference as
// a digit is (stop 68, zfreshp3: the bracketed number after its clause,
// 16 misses in 13 released sets at stop 67, these in ZZ, ZZI and ZZL).

package corpus

import "strings"

// ownNoteAfter reports whether the clause after a join (after) ends in a
// bracketed point note of its own while the text before the join (before)
// names a different point: the note then numbers the joined clause only,
// and the join parts the two terms.
func ownNoteAfter(before, after string) bool {
	n := notePoint(joinedClauseHead(after))
	if n == 0 {
		return false
	}
	if strings.IndexByte(before, '(') >= 0 {
		return false // "… soberania (ponto 1) e prevê um acordo … entre a Rússia, a Ucrânia e a Europa (ponto 2)", "… (point 14), with the option of …, and …": a note before closes its own clause, and the text after it is the next note's
	}
	if m, _, ok := pointRefEnd(before); ok {
		return m != n
	}
	if m := ordinalPointRef(before); m > 0 {
		return m != n
	}
	return false
}

// wordNoteRefs counts the bracketed point notes of s that give their
// number in words ("(point four)", "(punto siete)", "(punkt piąty)"),
// which countPointRefs, reading digits, does not see (at most two).
func wordNoteRefs(s string) int {
	if strings.IndexByte(s, '(') < 0 {
		return 0 // (most sentences)
	}
	n := 0
	for open, end := range bracketSpans(s) {
		inner := strings.TrimSpace(s[open+1 : end])
		if !hasASCIIDigit(inner) && bracketPoint(inner) > 0 {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}
