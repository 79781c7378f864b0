// A dashed quotation closed by a comma and an attribution in subject-verb
// order. Nordic papers print "– Det är en karta, säger hon." with the verb
// first (dashThenComma in quotes.go), but Finnish, Estonian and Hungarian
// news, and Slavic papers now and then, put the speaker before the verb
// and may close with where the words were said: "– Tärkeintä on, että …,
// Ukrainan presidentti Volodymyr Zelenskyi sanoo videolla.", "– Me oleme
// valmis, ütles välisminister Kadri Tamm." (verb first, as before), "–
// Ez nem meglepő, Kovács Béla elemző mondta a rádiónak." The tail after the
// last comma holds the speaker, then a speech verb of the lexicon, then at
// most a few words of channel or addressee; everything before the comma
// was said.

package corpus

// maxSubjectFirstTail is the most words of an attribution in subject-verb
// order after a dashed quotation: a title of up to three words, a name of
// up to three, the verb and an adverbial of up to three ("Ulkopoliittisen
// tutkimusseuran tutkija Juha-Pekka Lindroos arvioi aamulähetyksessä").
const maxSubjectFirstTail = 11

// maxAfterVerb is the most words after the speech verb of such a tail:
// where or to whom the words were said ("videolla", "Kanava 9:lle",
// "a rádiónak", "toimittajille Helsingissä").
const maxAfterVerb = 3

// dashTailSubjectFirst reads the tail of a dashed quotation as an
// attribution with its speaker first. It reports the speaker, or nil when
// the tail is no such attribution: no speech verb, a verb with nothing
// before it, a subject that does not reach the tail's first word (a
// clause of the quotation itself), or too many words after the verb.
func (x *extractor) dashTailSubjectFirst(tail string) *speaker {
	toks := x.closeGaps(readAs(tokenize(tail), x.src.Lang))
	if len(toks) < 2 || len(toks) > maxSubjectFirstTail {
		return nil
	}
	if x.lx.sayVerbs[lowerWord(toks[0])] && !isCapital(toks[0].word) {
		// the verb first with a longer title or a channel after the name
		// ("arvioi Ulkopoliittisen tutkimusseuran tutkija Juha-Pekka
		// Lindroos Kanava 9:n aamulähetyksessä"): a named person only
		end := len(toks)
		for end > 2 && len(toks)-end < maxAfterVerb && !isCapital(toks[end-1].word) && !x.lx.sayVerbs[lowerWord(toks[end-1])] {
			end-- // "… Lindroos aamulähetyksessä": where, after the name
		}
		for _, e := range []int{len(toks), end} {
			if sp := x.speakerAfterVerb(toks[:e]); sp != nil && sp.kind == kindPerson {
				return sp
			}
		}
		return nil
	}
	for vi := 1; vi < len(toks); vi++ {
		if !x.lx.sayVerbs[lowerWord(toks[vi])] || isCapital(toks[vi].word) {
			continue
		}
		if len(toks)-vi-1 > maxAfterVerb {
			return nil
		}
		for _, t := range toks[:vi] {
			if t.trail != "" && t.trail != "," {
				return nil // a period or a colon inside: the tail is more than an attribution
			}
		}
		sp, start := x.subjectSpan(tail, toks, vi)
		if sp == nil || start != 0 || outletNamed(sp.name) != "" {
			return nil
		}
		return sp
	}
	return nil
}
