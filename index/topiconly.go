package index

import (
	"slices"

	"github.com/blevesearch/bleve/v2/search"

	"planbot/corpus"
)

// A record's topics count as words it matches (mark): the taxonomy's
// keywords are how a paragraph tagged with the negotiations says "talks"
// when its text says "meeting". But one topic lists words that are not
// each other's synonyms ("gas", "oil", "trade", "market" and "economy"
// under one economic topic; "summit", "deal" and "talks" under the
// negotiations), so a paragraph tagged for saying "economy" matched
// "oil" and "trade", and "nba trade talks deadline", "prague hotel
// deals" or "nato summit catering menu" were answered by paragraphs whose
// own text matched a word or none. So a hit that is relevant only
// through its topics' words, its own text matching too little of the
// question (relevantFor on the marks without the topics field), while a
// plain word of the question's own matches nothing (subjectMissing), is
// off topic. A hit that matches half the question by its text keeps its
// topics' words for the ranking; and a question with no plain word left
// unmatched ("berlin talks december") still takes a topic's word as
// said, as a synonym is taken.

// topicCarried says whether h is relevant only through the words of its
// topics: marked without its topics field, the words its own text
// matches do not make it relevant (relevantFor).
func (ix *Index) topicCarried(h *search.DocumentMatch, mark func(*search.DocumentMatch) markResult, m markResult, cls []termClass, kind corpus.Kind) bool {
	if h.Fields[fieldTopics] == nil {
		return false
	}
	bare := *h
	bare.Fields = make(map[string]interface{}, len(h.Fields))
	for k, v := range h.Fields {
		if k != fieldTopics {
			bare.Fields[k] = v
		}
	}
	bare.Locations = nil
	t := mark(&bare)
	if slices.Equal(t.matched, m.matched) {
		return false
	}
	return !relevantFor(t, cls, kind)
}
