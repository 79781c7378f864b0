package index

// The exact search fetches a page of hits by BM25 score and the relevance
// rule then judges them. When the query's commonest word is in every
// language's text ("souveraineté de l'Ukraine": "Ukraine"), the page can be
// all hits that match only that word, and the relevant ones, which match
// the rarer word in a language weighed at foreignBoost, score just below
// it; so can texts that match only a word queryTerms leaves out because one
// language drops it, which bleve's match query still looks for where it is
// a word ("de" in English: "de facto"). Answering nothing then would be a
// loss of recall, not a judgement, so the search fetches once more, wider.
// Of the 30 benchmark queries one widens ("European counter-proposal"),
// to 30 hits.

// widerFetch is the least size of the second fetch.
const widerFetch = 30

// widen returns the size of a second fetch when the relevance rule kept no
// hit (kept) of a first fetch of size hits (fetched of them returned) out
// of total matches, and false when there is nothing more to look at or
// the first fetch was already as wide.
func widen(size, kept, fetched int, total uint64) (int, bool) {
	if kept > 0 || uint64(fetched) >= total || size >= widerFetch {
		return size, false
	}
	return widerSize(size), true
}

// widerSize is the size of the second fetch after a first of size hits.
func widerSize(size int) int { return max(2*size, widerFetch) }
