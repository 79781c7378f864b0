package index

import (
	"slices"
	"strings"

	"planbot/corpus"

	"github.com/blevesearch/bleve/v2/search"
)

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

// One word can also fill every fetch by itself. "US" reaches "United
// States" in every language the one-way synonym line lists (synonyms.txt),
// and in a corpus that holds a few reprints in a small language ("Spojené
// státy" in Czech) those forms are rare in their field and score above any
// text that matches the question's other words: in the every-set view
// "ushakov some us proposals more or less acceptable" fetched 30 Czech and
// Dutch points that say only "United States", while Ushakov's remark
// ranked 39th. When the relevance rule kept nothing and at least half the
// fetched hits matched the same one query word and no other, the search fetches once
// more without that word in the query it asks bleve (the hits are still
// marked against every word, so the word still counts for the ranking and
// the relevance rule): what matches the rest of the question is then
// fetched, and judged as any hit is; but a question whose one word filled
// the fetch is often an everyday one that shares that word with the
// corpus, so a hit of that fetch is kept only when it matches at least
// two of the other subject words and more than half of them
// (strongerThanDominant): with "half", "us midterm election polls 2026"
// was answered by a paragraph on soldiers voting.

// minOthersForDominant is how many other subject words a query needs for
// a fetch without its dominant word: with one, that word alone would be
// asked for.
const minOthersForDominant = 2

// dominantWord returns the index of the query word that at least half the
// hits of a fetch matched alone (the neutral words left out), or -1.
func dominantWord(hits []markResult, cls []termClass, n int) int {
	if len(hits) == 0 {
		return -1
	}
	skip := neutral(cls)
	alone := make([]int, n)
	for _, h := range hits {
		w := -1
		for i, ok := range h.matched {
			if !ok || i < len(skip) && skip[i] {
				continue
			}
			if w >= 0 {
				w = -1
				break
			}
			w = i
		}
		if w >= 0 && w < n {
			alone[w]++
		}
	}
	w := -1
	for i, c := range alone {
		if 2*c >= len(hits) && (w < 0 || c > alone[w]) {
			w = i
		}
	}
	if w < 0 {
		return -1
	}
	others := 0
	for i := 0; i < n; i++ {
		if i != w && !(i < len(skip) && skip[i]) {
			others++
		}
	}
	if others < minOthersForDominant {
		return -1
	}
	return w
}

// withoutWord is phrases without the multi-word synonyms that stand for
// query word w.
func withoutWord(phrases map[string][]phrase, w int) map[string][]phrase {
	out := make(map[string][]phrase, len(phrases))
	for a, ps := range phrases {
		for _, p := range ps {
			if !slices.Contains(p.words, w) {
				out[a] = append(out[a], p)
			}
		}
	}
	return out
}

// strongerThanDominant keeps the hits of a fetch made without the dominant
// query word w that match at least two of the other subject words (the
// neutral words left out) and more than half of them; fetched are the
// fetch's hits, marked by mark.
func strongerThanDominant(hits []corpus.Hit, fetched []*search.DocumentMatch, mark func(*search.DocumentMatch) markResult, cls []termClass, w int) []corpus.Hit {
	skip := neutral(cls)
	strong := map[string]bool{}
	for _, d := range fetched {
		m := mark(d)
		others, got := 0, 0
		for i, ok := range m.matched {
			if i == w || i < len(skip) && skip[i] {
				continue
			}
			others++
			if ok {
				got++
			}
		}
		if got >= minOthersForDominant && 2*got > others {
			strong[d.ID[strings.IndexByte(d.ID, ':')+1:]] = true // "kind:id"
		}
	}
	out := hits[:0]
	for _, h := range hits {
		if strong[h.ID] {
			out = append(out, h)
		}
	}
	return out
}
