package index

import (
	"context"
	"math"
)

// A long question shares its common words ("plan", "draft", "russia",
// "talks") with half the corpus and its specific words ("snapback",
// "switchboard", "g8") with the one paragraph it was asked about. The
// ranking counts the query words a hit matches (markResult.weight), and
// among hits that match as many it used to fall to BM25's score, which a
// short provision that repeats two common words wins against the
// explainer paragraph that holds the two specific ones. informativeness
// weighs each matched word by its inverse document frequency (BM25's
// idf, over every language's text field), so that among hits matching
// as many words the one matching the rarer ones ranks first: a word
// held by few records says more about which paragraph is meant than one
// held by many. The count still comes first, so a hit matching more of
// the question is never passed by one matching fewer, rarer words.

// infoScale quantises a hit's informativeness, so that the ranking
// compares integers: two hits whose matched words weigh the same to
// within a hundredth tie, and the next keys (typed words, score, ID)
// order them, whatever order the float sums were taken in.
const infoScale = 100

// idf is the i-th query word's inverse document frequency in f's index
// (BM25's form, never negative); a word the index does not hold weighs
// as a word held by one record, as it matches nothing anyway.
func (f wordFreq) idf(i int) float64 {
	if i >= len(f.df) || f.records == 0 {
		return 0
	}
	n, df := float64(f.records), float64(max(f.df[i], 1))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// informativeness is the summed idf of the query words m matches, the
// neutral words (verbs of saying) and words only the document's title
// holds left out as weight leaves them out, scaled by infoScale.
func informativeness(m markResult, cls []termClass, f wordFreq) int {
	skip := neutral(cls)
	sum := 0.0
	for i, ok := range m.matched {
		if !ok || i < len(skip) && skip[i] || i < len(m.byTitle) && m.byTitle[i] {
			continue
		}
		sum += f.idf(i)
	}
	return int(math.Round(sum * infoScale))
}

// infoFor is informativeness for the query words raw (read from query on
// first use into *raw), reading their document frequencies into *freqs on
// first use, as rareFor does: the dictionary look-ups are those the
// search already made (lookups.go), so they cost a cache read. When the
// query's words as typed do not line up with cls (respelt), it is 0 for
// every hit, and the ranking falls to the next key.
func (ix *Index) infoFor(als []string, query string, raw *[]queryTerm, freqs **wordFreq, m markResult, cls []termClass) int {
	if *raw == nil {
		*raw = ix.queryTerms(als, normalizeQuery(query))
	}
	if len(*raw) != len(cls) {
		return 0
	}
	if *freqs == nil {
		f, err := ix.wordFreqs(context.Background(), als, *raw)
		if err != nil {
			f = wordFreq{}
		}
		*freqs = &f
	}
	return informativeness(m, cls, **freqs)
}

// rankKey is what the ranking compares a hit by before its genre and
// score: the query words it matches (markResult.weight) and how
// informative they are.
type rankKey struct{ matched, info int }

// better says whether k ranks before o on these keys.
func (k rankKey) better(o rankKey) bool {
	return k.matched > o.matched || k.matched == o.matched && k.info > o.info
}

// rareOutweighs says whether hits relevant only through a rare word
// (rareword.go) keep their place among the others for this query: when
// the best of them, rare, matches more of the query than the best hit
// the rule finds relevant without rarity, plain, or as many words that are
// more informative. Rarity is weaker evidence than the rule's own only
// while the rule's hits say as much: "snapback sanctions compliance risk"
// is answered by the paragraph headed "Snapback risk", whose two words
// one record each holds, before a provision on sanctions compliance,
// while "kramatorsk people ceasefire holds" is still answered first by
// the paragraph on the ceasefire. The decision is for the whole page, so
// the order stays a total one.
func rareOutweighs(rare, plain rankKey) bool {
	return rare.better(plain)
}
