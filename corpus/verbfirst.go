// Attribution with the verb first. Greek, the Romance languages and
// Romanian may open a sentence on its verb of speaking and put the
// speaker after it: "Δήλωσε ο υπουργός X ότι …", "Afirmó el portavoz X
// que …", "Ha detto ieri il ministro X che …", "Disse o ministro X que
// …", "A declarat ministrul X că …". Nothing before the verb names who
// spoke, so the readers that look left of the verb find nobody. The words
// it reads are the lexicon's own (sayVerbs, auxiliaries, adverbs,
// thatWords), so every language whose verbs are listed is covered.

package corpus

// verbFirstAux is how many auxiliaries may stand before the verb of
// speaking: "Ha detto", "A declarat", "Έχει δηλώσει".
const verbFirstAux = 2

// verbFirst is a fallback reader, deferred by sentence through
// reportedFallback: a sentence opening on [auxiliary] speech verb
// [adverbs], then a person, then a that-word, gives the person's
// statement, the words after the that-word. The person must be a named
// person (citedPerson): "Dijo el Gobierno que …" is left to the readers
// of bodies.
func (x *extractor) verbFirst(s string, pos int) bool {
	toks := caselessLeadCut(tokenize(s)) // "من جهته، قال …" (caseless.go)
	v := 0
	for v < verbFirstAux && v < len(toks) && toks[v].trail == "" && x.lx.auxiliaries[lowerWord(toks[v])] {
		v++
	}
	if v >= len(toks) || toks[v].trail != "" || !x.lx.sayVerbs[lowerWord(toks[v])] {
		return false
	}
	p := v + 1
	for p < len(toks) && toks[p].trail == "" && !isCapital(toks[p].word) && x.lx.adverbs[lowerWord(toks[p])] {
		p++ // "ieri", "χθες", "ontem"
	}
	for l := p + 1; l < len(toks) && l <= p+citeSpanMax+verbFirstAsideMax; l++ {
		if !x.langThatWord(toks[l]) {
			continue
		}
		if t := toks[l-1].trail; t != "" && !commaMark(t) {
			return false // "Dijo el ministro X: «…» que": not the clause of the verb
		}
		if l+2 >= len(toks) {
			return false
		}
		var sp *speaker
		if caselessPhrase(toks[p:l]) != "" {
			sp = x.verbFirstAsides(s, toks[p:l]) // "قال X، الباحث في …، إن …" (verbfirstaside.go)
		}
		if sp == nil && l-p <= citeSpanMax {
			sp = x.citedPerson(s, toks[p:l])
		}
		if sp == nil && l-p <= citeSpanMax {
			sp = x.caselessUnnamed(toks[p:l]) // "وأضاف المسؤول أن …": the source just cited (caseless.go)
		}
		if sp == nil {
			sp = x.verbFirstAsides(s, toks[p:l]) // "قال X، الباحث في …، إن …" (verbfirstaside.go)
		}
		return x.reportEmit(sp, s, s[toks[l+1].start:], pos)
	}
	return false
}

// verbFirstCandidate is the quick test before verbFirst tokenizes: the
// sentence's first word is an auxiliary or a verb of speaking.
func (x *extractor) verbFirstCandidate(s string) bool {
	w, _ := nextWord(s, 0)
	if w == "" {
		return false
	}
	if at := caselessLeadEnd(s); at > 0 {
		w, _ = nextWord(s, at) // the verb after a short lead phrase (caseless.go)
	}
	var buf [64]byte
	if len(w) > len(buf) {
		return false
	}
	b := appendLower(buf[:0], w)
	return x.lx.auxiliaries[string(b)] || x.lx.sayVerbs[string(b)]
}

// langThatWord reports whether t opens what was said: a that-word of the
// shared list, or a word the document's language reads as one (readAs in
// morphology.json: Danish and Norwegian "at", which English keeps from
// the shared list as a preposition).
func (x *extractor) langThatWord(t tok) bool {
	w := lowerWord(t)
	return x.lx.thatWords[w] || x.lx.thatWords[readAsWords[x.src.Lang][w]]
}
