package corpus

// docSubjectReach is how many words after a plan word its verb may come:
// "The draft's last point, number 28, says …" (the plan word "point", then
// "number", "28", "says").
const docSubjectReach = 4

// docSubjectSays reports whether low (a sentence, lower case) has one of the
// catalogue's planWords as the subject of a verb by which a document sets
// out its terms (pointVerbWord: "promises", "says", "prévoit", a modal), at
// most docSubjectReach words after it, with no speech verb before the plan
// word: "A further clause promises that Russia will not block …", "The
// European wording says instead that talks …", "The draft's last point,
// number 28, says the ceasefire …". The sentence is the document's words,
// as with documentSays, whose fixed pairs ("text says") it generalises;
// "He said the clause promises …" and "The draft, Peskov said, …" stay a
// person's report.
func (c *termCatalogue) docSubjectSays(lx *lexicon, low string) bool {
	for i := 0; i < len(low); {
		w, next := nextWord(low, i)
		if w == "" {
			return false
		}
		i = next
		if lx.sayVerbs[w] {
			return false // a speech verb before any plan word: someone's report
		}
		at := next - len(w)
		if _, ok := stemAt(low, at, c.planStems); !ok {
			continue
		}
		prev, prevAt := w, at
		for k, j := 0, next; k < docSubjectReach; k++ {
			v, after := nextWord(low, j)
			if v == "" {
				return false
			}
			if lx.sayVerbs[v] && !c.docSubjectWord(low, prevAt, prev) {
				return false // "the draft, Peskov said, …": a person's words about it
			}
			if pointVerbWord(lx, v) {
				return true
			}
			prev, prevAt, j = v, after-len(v), after
		}
	}
	return false
}

// docSubjectWord reports whether w, at low[at:], the word before a speech
// verb in docSubjectSays's reach, still names the document: a plan word or
// a number ("the draft's last point, number 28, says"), not a person ("the
// draft, Peskov said").
func (c *termCatalogue) docSubjectWord(low string, at int, w string) bool {
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, ok := stemAt(low, at, c.planStems)
	return ok
}
