package corpus

import (
	"strings"
	"unicode/utf8"
)

// An "according to" phrase set inside a clause without commas: "Een
// oorlog kan volgens de bondskanselier niet worden beëindigd …", "Het
// plan bevat volgens de Italiaanse premier elementen die …", "Der Plan
// ist laut Merz eine Grundlage …", "Plan jest według premiera dobrym
// punktem wyjścia", "Plán je podle ministra dobrým základem". The
// languages with a free or verb-second word order put the source of a
// report inside the clause as readily as before it, and write no commas
// around it; the readers of "according to" take it at the start of a
// sentence (accordingOther), closing it (accordingTrailing) or between
// commas (accordingEnclosed). What was said is the whole clause, the
// phrase kept in it, since the report runs on both sides.

// accordingInsideMax is how many words the source may hold after the
// according word: an article, an adjective or two, a title and a name.
const accordingInsideMax = 4

// accordingInside reads the phrase; it runs only on a sentence no rule
// gave a statement (reportedFallback). The source must be someone the
// document can name: a person known by name or resolved by their title
// ("de bondskanselier", "premiera"), a pronoun standing for the
// sentence's subject or the last person of its gender, or an unnamed
// source; a capitalised noun alone ("laut Plan", German capitalises
// every noun) or a document ("volgens het plan") is none.
func (x *extractor) accordingInside(s string, pos int) bool {
	toks := x.lookToks(s)
	for k := 1; k+3 < len(toks); k++ {
		if !x.lx.according[lowerWord(toks[k])] || toks[k].trail != "" || toks[k-1].trail != "" || accordingLead[lowerWord(toks[k-1])] {
			continue // at a comma or opening a phrase of two words ("nach Angaben"): the other readers'
		}
		from, end := k+1, -1
		pronoun := false
	scan:
		for i := from; i < len(toks)-1 && i <= k+accordingInsideMax; i++ {
			l := lowerWord(toks[i])
			if i == from && pronounGender[l] != "" {
				end, pronoun = i, true
				break
			}
			switch {
			case x.lx.according[l] || x.lx.sayVerbs[l]:
				end = -1 // "laut Angaben", a verb: no source here
				break scan
			case isCapital(toks[i].word) || x.lx.isRole(l) || x.isBackRef(l) || x.lx.isUnnamed(l) || x.caseRole(l):
				end = i
			case end < 0 && (roleArticles[l] || definiteArticles[l] || particles[l] || i < from+2):
				// an article or an adjective before the title: "de Italiaanse premier"
			default:
				break scan // the clause goes on
			}
			if toks[i].trail != "" {
				break
			}
		}
		if end < 0 || end+2 >= len(toks) || toks[end].trail != "" || isCapital(toks[end+1].word) && !pronoun {
			continue // the clause must go on after the source, in lower case
		}
		phrase := toks[from : end+1]
		low := make([]string, len(phrase))
		for i, t := range phrase {
			low[i] = lowerWord(t)
		}
		if aboutDocument(low) || documentHeads[low[len(low)-1]] {
			continue // "volgens het plan": the document's terms
		}
		var sp *speaker
		if pronoun {
			sp = x.pronounHolder(s, toks, k, low[0])
		} else {
			x.oblique = true // "według premiera", "podle ministra": the name or title in its case
			sp = x.classify(phrase, false)
			x.oblique = false
		}
		if sp == nil || !x.nameableSource(sp, pronoun) {
			continue
		}
		sp = x.knownBySurname(sp)
		before := len(x.out)
		x.emit(sp, trimSentenceEnd(s), false, pos)
		return len(x.out) > before
	}
	return false
}

// nameableSource reports whether sp, read from an according phrase inside
// a clause, is someone the document can be trusted to mean: a person known
// by name or resolved by a title, one a pronoun stood for, or an unnamed
// source.
func (x *extractor) nameableSource(sp *speaker, pronoun bool) bool {
	switch {
	case sp.name == unnamedSpeaker:
		return true
	case sp.kind != kindPerson:
		return false
	case pronoun || sp.role != "":
		return true
	}
	return x.knownName(sp.name)
}

// caseRole reports whether l is a title in a Slavic oblique case
// ("premiera", "ministra" after "według", "podle"): the word without one
// of the case endings is a title.
func (x *extractor) caseRole(l string) bool {
	for _, e := range slavicCases {
		if base, ok := strings.CutSuffix(l, e); ok && utf8.RuneCountInString(base) >= 4 && x.lx.isRole(base) {
			return true
		}
	}
	return false
}

// knownBySurname is sp under the lexicon's name for a known person when
// the oblique reading left a first name in its case ("Dmitrije Peskov"
// from "Dmitrije Peskova"): the surname, read back to its nominative, is
// that person's spelling. sp itself otherwise.
func (x *extractor) knownBySurname(sp *speaker) *speaker {
	f := strings.Fields(sp.name)
	if sp.kind != kindPerson || len(f) != 2 {
		return sp
	}
	if _, ok := lowerIn2(x.lx.people, sp.name); ok {
		return sp
	}
	p, ok := lowerIn2(x.lx.people, f[1])
	if !ok {
		return sp
	}
	c := *sp
	c.name = p.Name
	return &c
}
