// Coordination gap: a speech verb coordinated with an earlier verb of the
// same subject often has an adverb between the conjunction and itself
// ("Президент подякував США і водночас наголосив, що …", "Peskov
// confirmed the visit and also said that …", "ha ringraziato i partner e
// poi ha detto che …"). The readers of a coordinated speech verb
// (coordinatedSubject, reportThen) look for the conjunction right before
// the verb; coordBefore steps over what may stand between.

package corpus

// coordBefore is the index of the word a coordinated speech verb at
// toks[vi] is joined by, stepping back over auxiliaries ("e ha detto") and
// up to two adverbs of the lexicon ("і водночас наголосив", "and also
// said", "y además dijo", "i jednocześnie podkreślił"), none of them set
// off by a mark. It is vi-1 when nothing stands between.
func (x *extractor) coordBefore(toks []tok, vi int) int {
	c := vi - 1
	for n := 0; n < 3 && c > 0 && toks[c].trail == ""; n++ {
		l := lowerWord(toks[c])
		if !x.lx.auxiliaries[l] && !x.lx.adverbs[l] {
			break
		}
		if x.lx.conjunctions[l] || x.lx.report.sequence[l] {
			break // "…, then said": the joining word itself
		}
		c--
	}
	return c
}

// openingShort is the person a sentence opens with when it names them by
// surname only, a surname the document or the lexicon knows ("Rubio
// thanked the team and said …", "Зеленський подякував …"), followed by a
// lower-case word (the verb). Nil otherwise; openingSpeaker reads a full
// name. A title alone ("Президент подякував …") is not read here: it
// stands for the last person given that title, who need not be the one
// the report is about.
func (x *extractor) openingShort(toks []tok, limit int) *speaker {
	if limit < 2 || toks[0].trail != "" || !isCapital(toks[0].word) || isCapital(toks[1].word) || !x.knownName(toks[0].word) {
		return nil
	}
	if x.lx.isRole(lowerWord(toks[0])) || x.lx.backRef[lowerWord(toks[0])] {
		return nil
	}
	sp := x.classify(toks[:1], true)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}
