package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/search"
)

// avgFieldTerms is the average length, in terms, that BM25 normalises every
// text field's length by: about one paragraph of news text after stop
// words are dropped.
//
// bleve derives the average from the sum, over the index's segments, of
// each segment's count of distinct terms in the field. That sum changes
// whenever scorch merges segments in the background, so the same query on
// the same corpus scored, and ranked, differently from one run to the next
// (why the "prisoners -> POWs" rule was once reverted). A fixed average
// makes scores depend on the records alone.
const avgFieldTerms = 24

// bm25Stats returns the statistics every search request carries (as bleve's
// pre-search data) instead of those bleve would read from the segments: the
// live record count, which does not depend on the segment layout, and
// field cardinalities that yield avgFieldTerms for every scored field.
func (ix *Index) bm25Stats() (*search.BM25Stats, error) {
	n, err := ix.idx.DocCount()
	if err != nil {
		return nil, fmt.Errorf("count documents: %w", err)
	}
	st := &search.BM25Stats{DocCount: float64(n), FieldCardinality: make(map[string]int, len(ix.scored))}
	for _, f := range ix.scored {
		st.FieldCardinality[f] = int(n) * avgFieldTerms
	}
	for _, f := range keywordFields {
		st.FieldCardinality[f] = int(n) // one term per value
	}
	// bleve merges the term searchers of an unscored conjunction or
	// disjunction of filters into one, which reads the statistics of the
	// field "*".
	st.FieldCardinality["*"] = int(n)
	return st, nil
}

// keywordFields are the indexed fields holding whole values (filters and
// facets); like scoredFields they need statistics, since a filter's term
// searcher reads them too.
var keywordFields = []string{fieldKind, fieldSourceID, fieldSpeaker, fieldSpeakerAny, fieldPlan, fieldTopics, fieldDate, fieldGuild}

// scoredFields lists every text field a query scores on: bleve refuses a
// search whose pre-search statistics lack a field it reads.
func scoredFields() []string {
	out := []string{fieldSourceTitle}
	for _, a := range analyzers() {
		out = append(out, textField(a))
	}
	return out
}
