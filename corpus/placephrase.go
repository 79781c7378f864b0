// Place and time phrases before or after an attribution: "From Kyiv, the
// president said: «…»", "Desde Kiev, el ministro afirmó: «…»", "«…»,
// dijo desde Kiev Marta Olivares", "Из Москвы министр заявил: «…»". The
// capitalised place or day after the preposition is no part of whoever
// spoke, yet read as a run of capitalised words it has the shape of a
// name. The prepositions are data/placephrases.json, by language.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/placephrases.json
var placePhrasesJSON []byte

// leadPlacePreps is data/placephrases.json: each language's prepositions, and
// under "" those of every language, for a document whose language is not
// listed.
var leadPlacePreps = sync.OnceValue(func() map[string]map[string]bool {
	var d map[string]any
	mustDecodeJSON("data/placephrases.json", placePhrasesJSON, &d)
	out := map[string]map[string]bool{"": {}}
	for lang, v := range d {
		words, ok := v.([]any)
		if !ok {
			continue // the _comment
		}
		set := map[string]bool{}
		for _, w := range words {
			if s, ok := w.(string); ok {
				set[lowerString(s)] = true
				out[""][lowerString(s)] = true
			}
		}
		out[lang] = set
	}
	return out
})

// placePhraseEnd returns the index after the place or time phrase opened
// by toks[i] ("From Kyiv,", "desde Kiev", "On Monday,"), or i when
// toks[i] opens none. The phrase is the preposition and the capitalised
// words after it up to a comma; without a comma only the first of them,
// since a name may follow the place directly ("desde Kiev Marta
// Olivares").
func placePhraseEnd(lang string, toks []tok, i int) int {
	if i+1 >= len(toks) || toks[i].trail != "" {
		return i
	}
	preps, ok := leadPlacePreps()[lang]
	if !ok {
		preps = leadPlacePreps()[""]
	}
	if !preps[lowerWord(toks[i])] {
		return i
	}
	j := capitalRunAt(toks, i+1)
	switch {
	case j == i+1:
		return i
	case strings.HasPrefix(toks[j-1].trail, ","), j < len(toks) && !isCapital(toks[j].word):
		return j // "From Kyiv, the …", "Из Москвы министр …": the run is the place
	}
	return i + 2
}

// leadingPlace returns the tokens after a place or time phrase that opens
// toks and ends at a comma or before a lower-case word ("From Kyiv, the
// president said", "Из Москвы министр заявил"), else toks.
func leadingPlace(lang string, toks []tok) []tok {
	if k := placePhraseEnd(lang, toks, 0); k > 0 && k < len(toks) && k > 1 && (strings.HasPrefix(toks[k-1].trail, ",") || !isCapital(toks[k].word)) {
		return toks[k:]
	}
	return toks
}
