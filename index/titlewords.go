package index

import (
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
)

// A report names its subject once, in its title: the interview with Lucía
// Arrieta, the economist Lev Korchagin, the reportage from Kramatorsk, the
// podcast on what came out of Berlin. Its paragraphs then say "she", "the
// economist", "the city". A member asks "arrieta optimista" or "korchagin
// g8", and the paragraph that answers holds only "optimista" or "G8". So a
// proper name of the title counts as a word the hit matched for the
// relevance rule, when the hit matches some query word of its own; it adds
// nothing to the hit's rank (markResult.weight), so a paragraph that names
// the person itself still ranks first. Only proper names
// (capitalised, not first in the title or a sentence of it): a title's
// common words ("talks", "plan") are in every document's title and would
// tell nothing, and nor do the plan's own words and its speakers' names
// (domain words: "Ukraine", "Trump", "NATO"), which most titles hold.
// The name must be the word as typed (or its transliteration), not a
// translation: "ucraina" is no name of the Italian report titled
// "Ukraine".

// withTitle returns r with the query words that h's document title holds
// as a proper name, and h's text lacks, marked as matched by the title
// (byTitle). r is returned as it is when h matches no query word
// by itself.
func (ix *Index) withTitle(h *search.DocumentMatch, als []string, m markTerms, cls []termClass, r markResult) markResult {
	if r.count() == 0 || r.count() == len(r.matched) {
		return r
	}
	a := hitAnalyzer(h, als)
	src, _ := h.Fields[fieldSourceID].(string)
	if a == "" || src == "" {
		return r
	}
	title := ix.sourceRef(src).Title
	if title == "" {
		return r
	}
	words := wordSpans(title)
	for j, sp := range words {
		w := title[sp[0]:sp[1]]
		if !capitalised(w) || sentenceStart(title, words, j) {
			continue
		}
		mark := func(qs []int) {
			for _, q := range qs {
				if q >= len(r.matched) || r.matched[q] || q < len(cls) && cls[q]&(classDomain|classFrame) != 0 {
					continue
				}
				r.matched[q] = true
				if r.byTitle == nil {
					r.byTitle = make([]bool, len(r.matched))
				}
				r.byTitle[q] = true
			}
		}
		forms := append([]string{w}, translitForms(w)...)
		for _, t := range ix.analyzer(a).Analyze([]byte(strings.Join(forms, " "))) {
			mark(m.typed[a][string(t.Term)])
		}
		mark(spelledAs(m, w))
	}
	return r
}

// spelledAs returns the query words, as typed in Latin letters, that the
// title word w (a proper name) spells another way or in another case: the
// same skeleton up to an ending (variants.go), so that "izium" counts for
// the report titled "з Ізюма", and "rzeszow" for one "w Rzeszowie",
// whether or not the corpus knows the typed word elsewhere. Query words
// are read in sorted order, so the result never depends on map order.
func spelledAs(m markTerms, w string) []int {
	typed := m.typed[analyzerFor(defaultLang)]
	if len(typed) == 0 {
		return nil
	}
	sw := skeleton(w)
	terms := make([]string, 0, len(typed))
	for t := range typed {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	var out []int
	for _, t := range terms {
		if len(t) < variantStem || !latinWord(t) {
			continue
		}
		if _, ok := variantGap(skeleton(t), sw); ok {
			out = append(out, typed[t]...)
		}
	}
	return out
}
