package index

import (
	"math"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/scorer"
)

// Length factors. BM25's score of a posting divides by a denominator
// made of the posting's frequency and its field's length against the
// field's average length: tf + k1·(1 − b + b·length/avg), the length being
// 1/norm². For a term of a search only idf and the query weight vary; the
// denominator depends on the posting and on the average, an integer
// (bleve rounds it up) that changes only when the index grows past a
// step. So it is computed once per decoded postings list (decoded.go)
// and average, with the very operations scoreOf performs (bm25Den), and
// the walk's score is a table read, a multiplication and one division
// instead of two divisions and five other operations: the same bits.
// The numerator's sqrt(tf)·k1 is kept beside it (postingFactors).

// lengthFactors are the scoring factors of a decoded list's postings, in
// their order, for the average field length avg.
type lengthFactors struct {
	avg  float64
	facs []postingFactors
}

// postingFactors are what a score needs of one decoded posting: the
// numerator's frequency part, sqrt(tf)·k1, and the denominator (bm25Den),
// side by side. The walk moves postings to candidates it may not score,
// so it reads neither until a term scores the posting, and then one
// cache line instead of a frequency, a square root's table and a
// denominator in three arrays (stop 34).
type postingFactors struct {
	tfk, den float64
}

// bm25Den is the denominator of TermQueryScorer.Score for a posting whose
// square-rooted frequency is tf and whose norm is norm, in a field of
// average length avg.
func bm25Den(tf, norm, avg float64) float64 {
	fieldLength := 1 / (norm * norm)
	return tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*fieldLength/avg))
}

// sqrtFreq is the square root of a frequency as bleve's scorer takes it.
func sqrtFreq(freq uint64) float64 {
	if freq < scorer.MaxSqrtCache {
		return scorer.SqrtCache[int(freq)]
	}
	return math.Sqrt(float64(freq))
}

// factors returns the scoring factors of d's postings for the average
// avg, computing them on first need; a search on a snapshot whose
// average differs replaces them (the last average asked wins).
func (d *decodedPostings) factors(avg float64) []postingFactors {
	if lf := d.lens.Load(); lf != nil && lf.avg == avg {
		return lf.facs
	}
	lf := &lengthFactors{avg: avg, facs: make([]postingFactors, len(d.freqs))}
	for i, f := range d.freqs {
		tf := sqrtFreq(uint64(f))
		lf.facs[i] = postingFactors{tfk: tf * search.BM25_k1, den: bm25Den(tf, float64(d.norms[i]), avg)}
	}
	d.lens.Store(lf)
	return lf.facs
}

// scoreFactors is scoreOf for a posting whose factors are f: the same
// operations on the same values (idf times sqrt(tf)·k1, over the
// denominator, times the weight).
func (t *flatTerm) scoreFactors(f postingFactors) float64 {
	score := t.idf * f.tfk / f.den
	if t.weight != 1.0 {
		score = score * t.weight
	}
	return score
}
