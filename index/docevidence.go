package index

import (
	"math"

	"github.com/blevesearch/bleve/v2/search"
)

// Document evidence for the fallback (stop 46, sgate). A question often
// names who or where (a negotiator, a city) and a few words of what, and
// the document answering it says the what in the paragraph and the who or
// where elsewhere: a slide headed "Abu Dhabi, second round" whose bullet
// reads "Ukraine: delegation led by Rustem Umerov"; a French mail thread
// on the Paris summit whose line reads "Meloni : l'Italie maintient son
// refus d'envoyer des troupes au sol". The paragraph alone matches two or
// three of the question's words, under the half the fallback's gate asks
// (fallbackAnswers), so the question was answered with nothing although
// one document holds every word of it.
//
// docAnswers lets such a hit answer when the strict gate passed none: the
// hit itself matches a name or place of the question and another content
// word, one of them distinctive (or two distinctive words: "Budapester
// Memorandum" beside a question on the Budapest memorandum, where
// Budapest is no glossary place); and the hits of its document among the
// plain fetch together match at least three in four of the question's
// content words. A chance match of a name and a common word (an off-topic
// question naming a city) seldom has the rest of the question in the same
// document, and a question holding a word the corpus never has is still
// refused, as by the strict gate.

// docCoverage is, for each document (source ID) among hits, which query
// words any of its fetched hits matches as evidence (markResult.evidence).
func docCoverage(hits []*search.DocumentMatch, marks []markResult) map[string][]bool {
	out := map[string][]bool{}
	for i, h := range hits {
		src, _ := h.Fields[fieldSourceID].(string)
		if src == "" {
			continue
		}
		u := out[src]
		for j, ok := range marks[i].matched {
			if !ok {
				continue
			}
			if u == nil {
				u = make([]bool, len(marks[i].matched))
			}
			if j < len(u) {
				u[j] = true
			}
		}
		out[src] = u
	}
	return out
}

// docAnswers is the document-evidence gate of a plainly matched hit (m:
// the query words the hit matches; doc: the words its document's fetched
// hits match). It returns the hit's ranking key with the verdict. A
// negation ("not", "no") is no content word here: the analyzers drop it
// from the text, so the corpus never holds it.
func docAnswers(m markResult, doc []bool, cls []termClass, f wordFreq) (fallbackKey, bool) {
	skip := neutral(cls)
	var k fallbackKey
	content, covered := 0, 0
	named, rare := false, 0
	for i, ok := range m.matched {
		if !contentWord(cls, skip, i) || f.negation(i) {
			continue
		}
		if i >= len(f.df) || f.df[i] == 0 {
			return k, false // a word the corpus never holds: not about the corpus
		}
		content++
		if ok || i < len(doc) && doc[i] {
			covered++
		}
		if !ok {
			continue
		}
		k.matched++
		if i < len(f.df) && f.records > 0 {
			k.info += math.Log(float64(f.records) / float64(f.df[i]))
		}
		if distinctive(f, cls, i) {
			rare++
		}
		named = named || cls[i]&(className|classProper) != 0
		if cls[i]&className != 0 {
			k.rare++ // a paragraph naming the person asked about ranks first
		}
	}
	if !named && rare < 2 || rare == 0 || k.matched < 2 || content < 3 || 4*covered < 3*content {
		return k, false
	}
	return k, true
}
