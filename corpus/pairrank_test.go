package corpus

import (
	"math/rand/v2"
	"testing"
)

// TestPairRankCountsSetPairs checks a pair's rank against counting the set
// pairs below it one by one, for sets sparse, dense and at both ends of
// the key range.
func TestPairRankCountsSetPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 2))
	for _, tc := range []struct {
		name string
		keys []uint16
	}{
		{"ends", []uint16{0, 1, 63, 64, 65535}},
		{"one word", []uint16{5, 6, 7, 40}},
		{"sparse", randomPairs(r, 50)},
		{"dense", randomPairs(r, 20000)},
	} {
		var pairs [1 << 10]uint64
		for _, k := range tc.keys {
			pairs[k>>6] |= 1 << (k & 63)
		}
		rank := newPairRank(&pairs)
		n := 0
		for k := range 1 << 16 {
			if pairs[k>>6]&(1<<(k&63)) == 0 {
				continue
			}
			if got := rank.of(&pairs, uint16(k)); got != n {
				t.Fatalf("%s: rank of %d = %d, want %d", tc.name, k, got, n)
			}
			n++
		}
	}
}

func randomPairs(r *rand.Rand, n int) []uint16 {
	out := make([]uint16, n)
	for i := range out {
		out[i] = uint16(r.IntN(1 << 16))
	}
	return out
}

// TestPairIndexEntriesUnderTheirPair checks that each entry of a list of
// several scripts is found under its own first two bytes, in list order,
// and that a pair opening no entry finds none.
func TestPairIndexEntriesUnderTheirPair(t *testing.T) {
	list := []string{" von ", " vom ", " z ", " ze ", " из ", "из-за", "a", "über", "«"}
	x := newPairIndex(list)
	for j, p := range list {
		if len(p) < 2 {
			continue
		}
		var want []int
		for i, q := range list {
			if len(q) >= 2 && q[:2] == p[:2] {
				want = append(want, i)
			}
		}
		got := x.at(p, 0)
		if len(got) != len(want) {
			t.Fatalf("entry %d %q: got %v, want %v", j, p, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("entry %d %q: got %v, want %v", j, p, got, want)
			}
		}
	}
	if got := x.at("qq", 0); got != nil {
		t.Errorf("pair opening no entry: got %v", got)
	}
}
