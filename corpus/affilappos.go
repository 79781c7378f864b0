package corpus

// maxAffiliationAppos is the longest affiliation read between commas, in
// words: "of the opposition", "dell'opposizione", "da comissão de Defesa
// do parlamento"; a longer run is a clause.
const maxAffiliationAppos = 8

// affiliationAppos reads "NAME, of the opposition, said" ("la deputata
// Olena Kotlyar, dell'opposizione, ci spiega", "Marie Roux, du parti
// socialiste, a déclaré", "Jan Nowak z opozycji, …"): an appositive that
// opens with a preposition of affiliation (affiliationPreps in
// grammar.json, or an elided "dell'", "dall'") says where the person
// belongs, not what they are, so it is no title and the speaker is the
// name before it. nil when the appositive is no such phrase or no person
// stands before it.
func (x *extractor) affiliationAppos(head string, htoks, atoks []tok) *speaker {
	if len(atoks) == 0 || len(atoks) > maxAffiliationAppos || isCapital(atoks[0].word) || !isCapital(htoks[len(htoks)-1].word) {
		return nil
	}
	if !affiliationPreps[atoks[0].low] && !elidedOf(atoks[0].low) {
		return nil
	}
	for _, t := range atoks {
		if l := t.low; x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			return nil // "…, of whom Kyiv said": a clause
		}
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// elidedOfPrefixes are the elided articles that carry "of" or "from"
// ("dell'opposizione", "dall'Ucraina").
var elidedOfPrefixes = []string{"dell'", "dell\u2019", "dall'", "dall\u2019"}

// elidedOf reports whether a lower-case word opens with an elided article
// of elidedOfPrefixes before a word.
func elidedOf(low string) bool {
	for _, p := range elidedOfPrefixes {
		if len(low) > len(p) && low[:len(p)] == p {
			return true
		}
	}
	return false
}
