// Rank of a pair in a 65,536-bit set of two-byte pairs, shared by the
// one-pass scanners (pairIndex in lookset.go, phraseSet in scan.go).

package corpus

import "math/bits"

// pairRank counts, for each 64-bit word of a pair set, the set bits in the
// words before it: with a popcount inside the word it gives a set pair's
// rank, a dense number from 0 to the count of pairs, so the scanners keep
// what lies under each pair in a slice instead of a map keyed by the pair.
// A map look-up per hit (hashing, then a probe of a table the cache rarely
// holds) cost as much as the bit test before it saved.
type pairRank [1 << 10]uint16

func newPairRank(pairs *[1 << 10]uint64) pairRank {
	var r pairRank
	n := 0
	for i, w := range pairs {
		r[i] = uint16(n)
		n += bits.OnesCount64(w)
	}
	return r
}

// of returns the rank of pair k, which must be set in pairs: how many set
// pairs have a smaller key.
func (r *pairRank) of(pairs *[1 << 10]uint64, k uint16) int {
	w := pairs[k>>6]
	return int(r[k>>6]) + bits.OnesCount64(w&(1<<(k&63)-1))
}
