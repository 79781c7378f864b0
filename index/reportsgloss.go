package index

// A reprint's numbered point in another language is indexed with its
// point's English keywords (pointgloss.go), and a word matched there
// counts as a translation's, never as typed: the ranking puts a record
// whose own text says what was typed first. But the same rule decided,
// for "/provision fighter jets poland", whether the provisions answer at
// all (rankreports.go): the Polish point matched every word, none of
// them typed, so an English report paragraph matching as many words as
// typed outranked it and the bot answered from the reports, where the
// reprint's point is the answer asked for. So when a record's answer is
// weighed against the reports' (answerKey.typed), a query word its gloss
// holds as typed counts as typed; the ranking among records is as
// before.

// glossTypedWords counts the query words of ws (a gloss term's typed
// words) that the hit's own text did not match as typed (typed) and that
// were not counted before (glossed, grown to typed's length on first use).
func glossTypedWords(ws []int, typed []bool, glossed *[]bool) int {
	n := 0
	for _, w := range ws {
		if w >= len(typed) || typed[w] {
			continue
		}
		if *glossed == nil {
			*glossed = make([]bool, len(typed))
		}
		if !(*glossed)[w] {
			(*glossed)[w] = true
			n++
		}
	}
	return n
}
