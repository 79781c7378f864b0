package corpus

import "strings"

// affiliationTailMax is how many words may follow the preposition of an
// affiliation written in lower case ("of the parish council in Millbrook").
const affiliationTailMax = 6

// affiliationTail reads a person named with an affiliation that is not a
// capitalised institution, right before the speech verb: "Tomasz Wierzbicki
// of the Millbrook parish said", "Lucie Marchand du conseil municipal a
// déclaré", "Paolo Serra della parrocchia di San Marco ha detto". The word
// before the verb is lower case, so the subject reader stops at once and
// finds no one; the person is the run of capitalised words before the
// affiliation's preposition (affiliationPreps in grammar.json), when that
// run reads as a person. j is the word before the verb; the affiliation
// holds no punctuation. It returns nil when no such person stands there,
// and in the languages that decline names, whose affiliations the readers
// of cases take (docroles.go, namecase.go).
func (x *extractor) affiliationTail(toks []tok, j int) (*speaker, int) {
	if nameCases[x.src.Lang].endings != nil {
		return nil, 0 // a language of cases reads its affiliations with their case endings (docroles.go)
	}
	for m := j; m > 0 && j-m < affiliationTailMax; m-- {
		if m < j && toks[m].trail != "" && !(toks[m].trail == "." && len(toks[m].word) <= 3 && isCapital(toks[m].word)) {
			return nil, 0 // (an abbreviation keeps its full stop: "of St. Hedwig's parish")
		}
		if !affiliationPreps[toks[m].low] || m == j {
			continue
		}
		e := m - 1 // the name's last word
		b := e
		for b > 0 && e-b < 3 && toks[b-1].trail == "" && isCapital(toks[b-1].word) && !x.lx.isRole(toks[b-1].low) {
			b--
		}
		if e-b < 1 || toks[e].trail != "" || !isCapital(toks[b].word) || !isCapital(toks[e].word) {
			continue // a person is named with two words at least ("the head of the council" is no name); "della parrocchia di Rovigo" has two prepositions
		}
		for k := b; k <= e; k++ {
			if x.lx.isRole(toks[k].low) || x.lx.bodyWords[toks[k].low] || x.lx.groupNouns[toks[k].low] || strings.HasSuffix(toks[k].word, "'s") || strings.HasSuffix(toks[k].word, "’s") {
				return nil, 0
			}
		}
		if b > 0 && toks[b-1].trail == "" && !isCapital(toks[b-1].word) && !x.lx.isRole(lowerWord(toks[b-1])) {
			return nil, 0 // "the lawyer for Anna Kovac of the defence team said": the name sits inside another phrase
		}
		for b > 0 && e-b < 6 && toks[b-1].trail == "" && x.lx.isRole(lowerWord(toks[b-1])) {
			b-- // the title before the name is the role: "Posłanka Renata Ostrowska z komisji obrony"
		}
		sp := x.classify(toks[b:e+1], b == 0)
		if sp == nil || sp.kind != kindPerson {
			return nil, 0
		}
		return sp, b
	}
	return nil, 0
}

// complementOfNoun reports whether a subject phrase that opens with an
// affiliation's preposition written in lower case follows a lower-case noun
// the lexicon does not know as a title: "Il titolare della Farnesina ha
// precisato", "Le patron du Quai d'Orsay a dit". The phrase is then whose
// office or which institution, and read as a name it gave a speaker
// "Della Farnesina"; sources or members of a body ("fonti della
// Farnesina") are read elsewhere, and a name with a particle ("de Gaulle", "di Maio") follows
// a title or opens the sentence instead.
func (x *extractor) complementOfNoun(toks []tok, k int, phrase []tok) bool {
	if len(phrase) == 0 || k < 0 || !affiliationPreps[phrase[0].low] || phrase[0].word != phrase[0].low {
		return false
	}
	t := toks[k]
	l := lowerWord(t)
	if x.lx.isUnnamed(l) || x.lx.groupNouns[l] || x.lx.bodyWords[l] {
		return false // "fonti della Farnesina hanno fatto sapere": sources of a body, read elsewhere
	}
	return t.trail == "" && !isCapital(t.word) && t.word != ""
}
