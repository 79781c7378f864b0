package index

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Glossary words typed without their accents.
//
// respell reads an unknown query word typed without accents as the indexed
// word it folds to ("Sikorski Radoslaw" -> "Radosław"), but only a word of
// the corpus: a Hungarian reader asking "tuzszunet" or a Czech one asking
// "bezpecnostni zaruky" of an index without a Hungarian or Czech text got
// nothing, though the glossary lists "tűzszünet" and "bezpečnostní záruky"
// and would take them to the English text on the ceasefire and the
// security guarantees. The languages whose text is analysed as English
// (Czech, Slovak, Slovene, the Baltic languages, ...) and Hungarian,
// Romanian and Turkish keep their accents in the index, so the word as
// typed never meets the glossary's. glossaryAccented reads such a word as
// the glossary word it folds to, and the usual expansion does the rest.

// minGlossFold is the shortest word, in letters, read as a glossary word
// it folds to: shorter ones ("val", "sa") are too often words of their own.
const minGlossFold = 4

// glossaryAccents maps each word with accents of the glossary and the
// translations (each word of a multi-word term on its own), folded, to the
// word as written, the first in the files' order when several fold alike;
// and each single-word term they list without accents to "": a word the
// glossary lists as typed ("kupiansk") is read as itself, not as another
// language's spelling of it ("kupiańsk"), which the later steps of the
// search (fuzzy and variant spellings) would no longer match to the
// text's own ("Koupiansk").
var glossaryAccents = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	sep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	terms := strings.NewReplacer("=>", "/", "|", "/", "+", "/")
	for _, data := range [][]byte{synonymData, translationData} {
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "#") {
				continue
			}
			for _, term := range strings.Split(terms.Replace(strings.ToLower(l)), "/") {
				words := strings.FieldsFunc(term, sep)
				for _, w := range words {
					if utf8.RuneCountInString(w) < minGlossFold {
						continue
					}
					if plain(w) {
						if len(words) == 1 {
							out[w] = "" // a term of its own, as typed
						}
						continue
					}
					if f := fold(w); f != w {
						if _, ok := out[f]; !ok {
							out[f] = w
						}
					}
				}
			}
		}
	}
	return out
})

// glossaryAccented returns the glossary word with accents that raw (a
// query word as typed, lower case, without accents) folds to, or "".
func glossaryAccented(raw string) string {
	if !plain(raw) || utf8.RuneCountInString(raw) < minGlossFold {
		return ""
	}
	return glossaryAccents()[raw]
}

// respellGlossary adds to fix, for each query word in need (unknown to
// the corpus) that fix leaves alone, the glossary word it folds to.
func respellGlossary(qts []queryTerm, need []bool, fix map[string]string) {
	for i, qt := range qts {
		if need[i] && fix[qt.raw] == "" {
			if w := glossaryAccented(qt.raw); w != "" {
				fix[qt.raw] = w
			}
		}
	}
}
