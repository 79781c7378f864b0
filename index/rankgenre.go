package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
)

// Two tie-breaks of the ranking (results) that read a hit's document
// title, for hits that match the query's words equally well.
//
// A question points at a document by what kind of document it is: "the
// felieton", "kinburn spit interview", "znpp fact check", "the podcast on
// Berlin". Reports name their kind in the title ("Felieton: ...",
// "Entrevista | ...", "Faktencheck: ...", "Transcript: ..."), seldom in the
// paragraph that answers. Such a frame word (genrewords.txt, intent.go)
// counts for no hit (relevantFor), but among hits that match the rest of
// the query as well, the one from a document of the kind asked for comes
// first (withGenre). The title is read through the query's expansion, so
// "interview" finds the Spanish "Entrevista" and the Polish "Wywiad".
//
// A headline is short, and BM25 favours short texts: a title repeated as a
// paragraph (or a statement the extractor took from it) outranks the body
// paragraph that says the same with the detail a member asks for. Among
// hits that match the query as well, a text that only repeats its
// document's title goes behind (headline).

// withGenre returns r with genre set when h's document title holds a
// frame word of the query that names a kind of document (not a verb of
// saying), as typed or through the query's synonyms and translations.
func (ix *Index) withGenre(h *search.DocumentMatch, als []string, m markTerms, cls []termClass, r markResult) markResult {
	if !slices.ContainsFunc(cls, namesGenre) || r.count() == 0 {
		return r
	}
	src, _ := h.Fields[fieldSourceID].(string)
	if src == "" {
		return r
	}
	title := ix.sourceRef(src).Title
	if title == "" {
		return r
	}
	ans := []string{analyzerFor(defaultLang)}
	if a := hitAnalyzer(h, als); a != "" && a != ans[0] {
		ans = append(ans, a)
	}
	for _, a := range ans {
		for _, t := range ix.analyzer(a).Analyze([]byte(title)) {
			for _, table := range []map[string][]int{m.typed[a], m.terms[a]} {
				for _, q := range table[string(t.Term)] {
					if q < len(cls) && namesGenre(cls[q]) {
						r.genre = true
						return r
					}
				}
			}
		}
	}
	return r
}

// namesGenre reports whether a query word of class c may name a kind of
// document: a frame word that is no verb of saying.
func namesGenre(c termClass) bool {
	return c&classFrame != 0 && c&classSay == 0
}

// headline reports whether h's text only repeats its document's title (a
// headline paragraph, or a quote the title holds).
func (ix *Index) headline(h *search.DocumentMatch, als []string) bool {
	src, _ := h.Fields[fieldSourceID].(string)
	if src == "" {
		return false
	}
	title := ix.sourceRef(src).Title
	raw := storedText(h, als)
	// A text longer than its title (with room for a changed space or
	// case) cannot repeat it: most hits end here without allocating.
	if title == "" || len(raw) < 12 || len(raw) > len(title)+8 {
		return false
	}
	// A text that is the whole title is spared: a document without a
	// title takes its first paragraph as one.
	t, tt := strings.TrimRight(normSpace(strings.ToLower(raw)), ".!?…"), strings.TrimRight(normSpace(strings.ToLower(title)), ".!?…")
	return len(t) >= 12 && t != tt && strings.Contains(tt, t)
}
