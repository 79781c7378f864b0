package corpus

import (
	"strings"
)

// appositionFinal reads a sentence of a language whose apposition ends in
// its head and has no comma after it (grammar.json
// appositionFinalLanguages): Hungarian writes "Kertész Ábel, a kormány
// szóvivője a tárgyalás után azt mondta, hogy …" (the government's
// spokesman, after the talks, said that …) and "Kertész Ábel, az intézet
// elemzője szerint …", where English closes the apposition with a comma.
// The name opens the sentence and ends at the first comma, an article
// follows, then up to six words ending in a title (the last title word
// within reach); then either an according postposition, or within six
// words a speech verb and a that-word, open what was said. It reports
// whether it emitted a statement.
func (x *extractor) appositionFinal(s string, pos int) bool {
	if !appositionFinalLangs[x.src.Lang] {
		return false
	}
	toks := x.tokensOf(s)
	c := -1
	for i := 0; i < len(toks) && i < 4; i++ {
		if !nameWord(toks[i].word) {
			return false
		}
		if strings.HasPrefix(toks[i].trail, ",") {
			c = i
			break
		}
		if toks[i].trail != "" {
			return false
		}
	}
	if c < 1 || c+3 >= len(toks) || !lowerIn(appositionArticles, toks[c+1].raw) {
		// a name of two words at least, then ", a" / ", az" (the raw word:
		// the tokens read the Hungarian article as "the")
		return false
	}
	role := -1
	for k := c + 2; k < len(toks) && k <= c+7; k++ {
		if x.possessedRole(lowerWord(toks[k])) {
			role = k
		}
		if toks[k].trail != "" {
			break
		}
	}
	if role < 0 || role+2 >= len(toks) {
		return false
	}
	// the title as written, its article kept as the postposition reader
	// keeps it ("az ukrán elnöki hivatal vezetője")
	title := cleanRole(strings.TrimRight(s[toks[c+1].start:toks[role].start+len(toks[role].raw)], ",.;: "))
	sp := x.person(tokWords(toks[:c+1]), title)
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	if postAccordingWords().postpositions[lowerWord(toks[role+1])] && toks[role+1].trail == "" {
		x.emit(sp, trimSentenceEnd(s[toks[role+2].start:]), false, pos) // "…, az intézet elemzője szerint …"
		return true
	}
	for k := role + 1; k < len(toks)-2 && k <= role+6; k++ {
		if !x.lx.sayVerbs[lowerWord(toks[k])] {
			if toks[k].trail != "" {
				return false // the apposition's clause ends before any speech verb
			}
			continue
		}
		if strings.HasPrefix(toks[k].trail, ",") && x.lx.thatWords[lowerWord(toks[k+1])] {
			x.emit(sp, trimSentenceEnd(s[toks[k+2].start:]), false, pos) // "… azt mondta, hogy …"
			return true
		}
		if !x.noCaseGap && k > role+1 && lowerIn(caseGapCataphors, toks[k-1].raw) && (toks[k].trail == ":" || toks[k].trail == ",") {
			// "… tagja a hírügynökségnek azt mondta: a kormány …", "… azt
			// mondta, a tárgyalások …": the cataphoric word announces the
			// clause, which a colon or a comma opens without a that-word
			x.emit(sp, trimSentenceEnd(s[toks[k+1].start:]), false, pos)
			return true
		}
		return false
	}
	return false
}

// possessedRole reports whether w is a title, or a title with one of the
// possessive endings of grammar.json appositionPossessives ("államtitkára":
// its state secretary; "tanácsadója"), which is how the head of such an
// apposition is written.
func (x *extractor) possessedRole(w string) bool {
	if x.lx.isRole(w) {
		return true
	}
	for _, e := range appositionPossessives {
		if base, ok := strings.CutSuffix(w, e); ok && len(base) > 3 && x.lx.isRole(base) {
			return true
		}
	}
	return false
}

// appositionFinalLangs, appositionArticles and appositionPossessives are
// grammar.json's appositionFinalLanguages, appositionArticles and
// appositionPossessives.
var (
	appositionFinalLangs  = grammarSet("appositionFinalLanguages")
	appositionArticles    = grammarSet("appositionArticles")
	appositionPossessives = grammarWords["appositionPossessives"]
)
