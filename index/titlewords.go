package index

import (
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
		forms := append([]string{w}, translitForms(w)...)
		for _, t := range ix.analyzer(a).Analyze([]byte(strings.Join(forms, " "))) {
			for _, q := range m.typed[a][string(t.Term)] {
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
	}
	return r
}
