package corpus

import (
	_ "embed"
	"sync"
)

// A fronted "according to" phrase with no comma in a verb-second
// language: "Volgens de Oekraïense ambassadeur in Den Haag staat Kyiv open
// voor gesprekken", "Volgens het Kamerlid mag Europa niet …", "Enligt en
// europeisk diplomat i Bryssel var mötet väntat att bli svårt". The finite
// verb comes right after the fronted phrase, so the source is every word
// between the according word and the first finite verb; the readers of
// accordingOther take the source as capitalised words or a title in its
// case, and lose a source of several words with a place in it.

//go:embed data/accordingfinite.json
var accordingFiniteJSON []byte

// accordingFiniteVerbs is data/accordingfinite.json's finiteVerbs, per
// language.
var accordingFiniteVerbs = sync.OnceValue(func() map[string]map[string]bool { return accordingFiniteData().verbs })

// accordingFiniteData is data/accordingfinite.json as look-ups.
var accordingFiniteData = sync.OnceValue(func() struct {
	verbs, places, affils, same map[string]map[string]bool
	oblique                     map[string]bool
} {
	var d struct {
		Oblique []string            `json:"obliqueLanguages"`
		Finite  map[string][]string `json:"finiteVerbs"`
		Places  map[string][]string `json:"placePrepositions"`
		Affils  map[string][]string `json:"affiliationPrepositions"`
		Same    map[string][]string `json:"sameWords"`
	}
	mustDecodeJSON("data/accordingfinite.json", accordingFiniteJSON, &d)
	oblique := map[string]bool{}
	for _, l := range d.Oblique {
		oblique[l] = true
	}
	return struct {
		verbs, places, affils, same map[string]map[string]bool
		oblique                     map[string]bool
	}{langSets(d.Finite), langSets(d.Places), langSets(d.Affils), langSets(d.Same), oblique}
})

// accordingFiniteMax bounds the words of the source: an article, an
// adjective, a title, a name and a place ("de Oekraïense ambassadeur in
// Den Haag").
const accordingFiniteMax = 8

// accordingFinite reads the phrase at the start of a sentence in a
// verb-second language; it gives the sentence only when the source is a
// person the document names or an unnamed source.
func (x *extractor) accordingFinite(s string, toks []tok) (*speaker, int) {
	verbs := accordingFiniteVerbs()[x.src.Lang]
	if verbs == nil || len(toks) < 5 || !x.lx.according[lowerWord(toks[0])] || toks[0].trail != "" {
		return nil, -1
	}
	j := -1
	for k := 2; k < len(toks)-1 && k <= accordingFiniteMax+1; k++ {
		if toks[k-1].trail != "" {
			return nil, -1 // a comma or a mark inside: the other readers'
		}
		if verbs[lowerWord(toks[k])] && !isCapital(toks[k].word) {
			j = k
			break
		}
	}
	if j < 0 {
		return nil, -1
	}
	if accordingFiniteData().same[x.src.Lang][lowerWord(toks[1])] {
		return nil, -1 // "Volgens dezelfde bron": a source cited before
	}
	from := 1
	for from < j-1 && (accordingArticles[lowerWord(toks[from])] || roleArticles[lowerWord(toks[from])] || definiteArticles[lowerWord(toks[from])]) {
		from++ // "het Kamerlid", "en europeisk diplomat"
	}
	phrase := toks[from:j]
	low := make([]string, 0, len(phrase))
	unnamed := false
	for _, t := range phrase {
		l := lowerWord(t)
		low = append(low, l)
		if x.lx.isUnnamed(l) {
			unnamed = true
		}
	}
	if aboutDocument(low) || documentHeads[low[len(low)-1]] {
		return nil, -1 // "volgens het plan": the document's terms
	}
	named := phrase
	places, affils := accordingFiniteData().places[x.src.Lang], accordingFiniteData().affils[x.src.Lang]
	for i := 1; i+1 < len(phrase); i++ {
		w := lowerString(phrase[i].word) // as written: readAs reads "van" as "of"
		if places[w] && isCapital(phrase[i+1].word) || affils[w] && i+2 < len(phrase) && (definiteArticles[low[i+1]] || roleArticles[low[i+1]]) && isCapital(phrase[i+2].word) {
			named = phrase[:i] // "de Oekraïense ambassadeur in Den Haag": the place is no name
			break
		}
	}
	oblique := accordingFiniteData().oblique[x.src.Lang]
	x.oblique = oblique // "Podle Jany Dvořákové je …": the name in the case the preposition governs
	sp := x.classify(named, false)
	x.oblique = false
	if oblique && (sp == nil || sp.kind != kindPerson) {
		return nil, -1 // a source in its case that is no named person ("Podľa nemenovaného zdroja …"): the other readers'
	}
	if sp == nil && (unnamed || len(named) < len(phrase)) {
		sp = &speaker{name: unnamedSpeaker, role: cleanRole(s[toks[from].start : toks[j-1].start+len(toks[j-1].word)]), kind: kindGroup}
	}
	if sp == nil {
		return nil, -1
	}
	return sp, j
}
