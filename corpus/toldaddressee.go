package corpus

// Whom the words were told to, before a clause with no "that": "told the
// paper the plan was a start", "told Reuters Ukraine would not sign",
// "told lawmakers on Tuesday the army cap was too low". English wire copy
// drops the "that" after an addressee as often as it keeps it; only the
// one-word addressees of the lexicon ("reporters") were skipped, so the
// statement began with whom it was told to ("the paper the plan was a
// start").

// maxToldAddressee is the most words an addressee holds after its
// determiner ("a news conference", "the Harrowgate Courier").
const maxToldAddressee = 3

// toldAddresseeEnd returns where the clause said begins after the
// addressee that opens toks[j:], or j when the words there are not an
// addressee followed by a clause: a determiner and up to three words, an
// outlet's name, or one plural noun, perhaps with "on" and a day after
// it, then a word that opens a clause (a determiner, a pronoun or a
// capitalised name).
func (x *extractor) toldAddresseeEnd(toks []tok, j int) int {
	if x.src.Lang != "en" || j >= len(toks) || toks[j].trail != "" {
		return j
	}
	k := -1
	switch l := toks[j].low; {
	case toldDeterminers[l]:
		for m := j + 1; m < len(toks) && m <= j+maxToldAddressee; m++ {
			if toks[m].trail != "" || toldPrepositions[toks[m].low] {
				return j
			}
			if m+1 < len(toks) && clauseOpenerWord(toks[m+1]) && !(isCapital(toks[m].word) && isCapital(toks[m+1].word)) { // ("the Harrowgate Courier": a name goes on)
				k = m + 1
				break
			}
		}
	case outletNamed(toks[j].word) != "":
		k = j + 1 // "told Reuters"
	case !isCapital(toks[j].word) && len(l) > 3 && l[len(l)-1] == 's' && !toldPrepositions[l]:
		k = j + 1 // "told lawmakers"
	}
	if k < 0 || k >= len(toks) {
		return j
	}
	if k = x.dayBeforeClause(toks, k); k+2 >= len(toks) || !clauseOpenerWord(toks[k]) {
		return j
	}
	return k
}

// dayBeforeClause returns where the clause said begins after the day that
// opens toks[j:] in English ("said on Sunday they had made progress",
// "said Sunday the talks would go on"), or j when no day stands there or
// no clause follows it: the day is when it was said, not part of it.
func (x *extractor) dayBeforeClause(toks []tok, j int) int {
	if x.src.Lang != "en" || j >= len(toks) {
		return j
	}
	k := j
	if toks[k].low == "on" && toks[k].trail == "" {
		k++
	}
	if k >= len(toks) || toks[k].trail != "" || !lowerIn(weekdays(), toks[k].word) {
		return j
	}
	k++
	if k+2 >= len(toks) || !clauseOpenerWord(toks[k]) {
		return j
	}
	return k
}

// clauseOpenerWord reports whether t can open the clause said after an
// addressee: a determiner, a subject pronoun or a capitalised word.
func clauseOpenerWord(t tok) bool {
	return toldDeterminers[t.low] || toldSubjects[t.low] || isCapital(t.word)
}

// toldDeterminers open an addressee ("the paper") or the clause after it
// ("the plan was a start").
var toldDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true, "this": true, "these": true, "those": true}

// toldSubjects are the pronouns that open the clause said.
var toldSubjects = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "there": true, "you": true}

// toldPrepositions inside the words after "told" make them a phrase of
// their own ("told the story of the plan"), not an addressee.
var toldPrepositions = map[string]bool{"of": true, "for": true, "to": true, "about": true, "in": true, "on": true, "at": true, "with": true, "from": true, "by": true, "that": true, "is": true, "was": true}
