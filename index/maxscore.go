package index

import "math"

// Per-term best scores. The skipper (flatwalk.go) lets go of a term's
// postings once the records holding only such terms cannot reach a
// group's threshold, judging by a bound of each term's score. BM25's
// saturation bound (idf·k1) is what a term would score at an infinite
// frequency in an empty field; the records a term is found in hold it a
// few times in texts of ordinary length, and score half of that or less.
// So the walk kept scoring records that could not rank: three in four of
// the candidates of the bench's commands scored below their threshold.
//
// A term's score for a posting grows with the posting's frequency and
// with its norm (a shorter field), and with nothing else of the posting.
// So its best score over a list is reached at one of the list's peaks:
// the (frequency, norm) pairs no other posting beats on both. A list's
// peaks are few (frequencies are small numbers) and are found once, when
// the list is decoded (decoded.go); a search scores the peaks of each of
// its terms' lists in every segment with the term's own arithmetic and
// takes the best as the term's bound when it is lower than saturation.
// The bound is a score some posting actually has, computed as that
// posting's score is, so it is never under a score it bounds (the
// skipper's margin covers the last bit of rounding); the hits, scores
// and totals are those of a walk that scores every match.

// peak is one of a list's (frequency, norm) pairs that no other posting
// of the list beats on both.
type peak struct {
	freq uint32
	norm float32
}

// peaksOf returns the peaks of the postings whose frequencies and norms
// are freqs and norms (in the same order), highest frequency first.
func peaksOf(freqs []uint32, norms []float32) []peak {
	// The best norm for each frequency, then those a higher frequency
	// does not beat.
	best := map[uint32]float32{}
	for i, f := range freqs {
		if n, ok := best[f]; !ok || norms[i] > n {
			best[f] = norms[i]
		}
	}
	all := make([]peak, 0, len(best))
	for f, n := range best {
		all = append(all, peak{freq: f, norm: n})
	}
	// Highest frequency first; a pair is a peak when its norm is above
	// every norm of a higher frequency.
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].freq > all[j-1].freq; j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	out := all[:0]
	top := float32(math.Inf(-1))
	for _, p := range all {
		if p.norm > top {
			out = append(out, p)
			top = p.norm
		}
	}
	return out
}

// peakBound returns the best score term t gives any posting of its lists
// in the segments of the walk, from their decoded postings' peaks; ok is
// false when a segment's list is not decoded (then only saturation bounds
// it).
func (m *flatModel) peakBound(t *flatTerm) (float64, bool) {
	p := t.p
	best := 0.0
	for seg, pl := range p.lists {
		if pl == nil {
			continue
		}
		if p.decs == nil || p.decs[seg] == nil {
			return 0, false
		}
		for _, pk := range p.decs[seg].peaks {
			best = max(best, t.scoreOf(uint64(pk.freq), float64(pk.norm)))
		}
	}
	return best, true
}

// peakScoring turns the peaks' bounds on; tests turn it off to compare.
var peakScoring = true

// tightenBounds lowers each term's bound (flatTerm.ub) to its best score
// over its postings where every list of it is decoded, and sets the
// postings' bounds (flatPostings.ub) from them. segs are the walk's
// segments, whose postings it decodes (as the walk would).
func (m *flatModel) tightenBounds(decode func(seg int) error, segs int) error {
	if !peakScoring || !postingsDecoding || m.noSkip {
		return nil
	}
	for seg := range segs {
		if err := decode(seg); err != nil {
			return err
		}
	}
	for _, p := range m.distinct {
		p.ub = 0
	}
	for _, t := range m.terms {
		if b, ok := m.peakBound(t); ok && b < t.ub {
			t.ub = b
		}
		t.p.ub = max(t.p.ub, t.ub)
	}
	return nil
}
