// lookSet: whether a text holds any of a fixed list of strings, in one
// pass over the text.

package corpus

import (
	"strings"
	"sync"
)

// lookSet answers anyIn(s, looks) for a fixed list of looks. anyIn runs a
// strings.Contains per look, and the looks of learnRoles (affiliation
// prepositions with their spaces, " von ", " z ", …) all open with a
// space, so each of them stopped at every space of every sentence. Here
// each pair of bytes of s is tested once against a bit set of the looks'
// first two bytes, and only the looks sharing a pair are compared.
type lookSet struct {
	looks []string
	pairIndex
	// lead is the first byte every look of two bytes or more opens with,
	// or -1: the affiliation looks all open with a space, and the scan
	// jumps from one space to the next (strings.IndexByte) instead of
	// testing every pair of bytes (leadscan.go)
	lead int
	// tri has a bit for each look's first three bytes (hashed, triKey),
	// or is nil when a look has exactly two: the pair test passes at most
	// spaces of a text for lists whose looks open with a space (" a. D. ",
	// " in congedo ", " von "), and the third byte rejects nearly all of
	// those positions before the looks under the pair are compared
	tri *[1 << 10]uint64
	// stride and inner serve a list whose looks open with different
	// bytes (so no lead scan) and all run to three bytes or more
	// (stride = the shortest length less one, capped; 0 otherwise):
	// inner has a bit for every pair of bytes within the first stride+1
	// bytes of a look. Any look found in a text covers a position that is
	// a multiple of stride with one of those pairs, so only those
	// positions are tested, and the hit and the stride-1 positions before it are
	// compared. The text nouns, contrast tails and author words are
	// scanned so for every paragraph and sentence.
	stride int
	inner  *[1 << 10]uint64
	// innerTri says inner holds triples (triKey) rather than pairs: for
	// looks of triFrom bytes or more (stride = the shortest length less
	// two, capped), whose triples pass far fewer positions of a text
	innerTri bool
	// wide holds, for a pair with many looks under it (pointCardinalLook
	// has some 12,500 looks under 32 pairs: "point one", "point two", …),
	// those looks keyed by their first wideLen bytes (the shortest look's
	// length under the pair), so a position is compared with the few that
	// share those bytes rather than all of them; nil for a pair with few
	// looks (by rank, as byRank)
	wide []*wideBucket
}

// wideBucket is the looks under one pair of a lookSet keyed by their first
// n bytes.
type wideBucket struct {
	n     int
	byKey map[string][]int
}

// triFrom is the shortest look length from which a strided lookSet tests
// triples.
const triFrom = 4

// wideAt is the bucket size from which a pair's looks are keyed (wide).
const wideAt = 8

func newLookSet(looks []string) *lookSet {
	ls := &lookSet{looks: looks, pairIndex: newPairIndex(looks), lead: sharedLead(looks), tri: new([1 << 10]uint64)}
	for _, p := range looks {
		if len(p) == 2 {
			ls.tri = nil
			break
		}
		if len(p) > 2 {
			h := triKey(p, 0)
			ls.tri[h>>6] |= 1 << (h & 63)
		}
	}
	ls.wide = make([]*wideBucket, len(ls.byRank))
	for r, js := range ls.byRank {
		if len(js) < wideAt {
			continue
		}
		n := -1
		for _, j := range js {
			if n < 0 || len(looks[j]) < n {
				n = len(looks[j])
			}
		}
		b := &wideBucket{n: n, byKey: map[string][]int{}}
		for _, j := range js {
			k := looks[j][:n]
			b.byKey[k] = append(b.byKey[k], j)
		}
		ls.wide[r] = b
	}
	if ls.lead < 0 {
		m := 0
		for _, p := range looks {
			if len(p) >= 2 && (m == 0 || len(p) < m) {
				m = len(p)
			}
		}
		if m >= triFrom {
			// triples: a look of m bytes or more covers a multiple of
			// stride with one of its triples at offsets 0 to stride-1
			ls.stride = min(m, 10) - 2
			ls.innerTri = true
			ls.inner = new([1 << 10]uint64)
			for _, p := range looks {
				for o := 0; len(p) >= 2 && o < ls.stride; o++ {
					h := triKey(p, o)
					ls.inner[h>>6] |= 1 << (h & 63)
				}
			}
		} else if m >= 3 {
			ls.stride = min(m, 9) - 1
			ls.inner = new([1 << 10]uint64)
			for _, p := range looks {
				for o := 0; len(p) >= 2 && o < ls.stride; o++ {
					k := pairKey(p, o)
					ls.inner[k>>6] |= 1 << (k & 63)
				}
			}
		}
	}
	return ls
}

// inStrided is the pair scan of in for a list with a stride: the pairs at
// multiples of stride first, and the positions a look through such a
// pair may open at only when the pair is one of inner's.
func (ls *lookSet) inStrided(s string) bool {
	st := ls.stride
	if ls.innerTri {
		for j := 0; j+2 < len(s); j += st {
			h := triKey(s, j)
			if ls.inner[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			for i := max(j-st+1, 0); i <= j; i++ {
				if ls.opensAt(s, i) {
					return true
				}
			}
		}
		return false
	}
	for j := 0; j+1 < len(s); j += st {
		k := pairKey(s, j)
		if ls.inner[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for i := max(j-st+1, 0); i <= j; i++ {
			if ls.opensAt(s, i) {
				return true
			}
		}
	}
	return false
}

// triKey hashes the three bytes of s at i to 16 bits, for lookSet.tri.
func triKey(s string, i int) uint32 {
	return (uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16) * 0x9E3779B1 >> 16
}

// triMiss reports whether no look can open at s[i:]: with tri, fewer than
// three bytes are left or their hash has no bit. The looks a miss passes
// over would all have failed their comparison.
func (ls *lookSet) triMiss(s string, i int) bool {
	if ls.tri == nil {
		return false
	}
	if i+2 >= len(s) {
		return true
	}
	h := triKey(s, i)
	return ls.tri[h>>6]&(1<<(h&63)) == 0
}

// pairIndex indexes a list of strings by their first two bytes: a bit set
// of the pairs, to pass over most positions of a text with one test, and
// the entries (indexes into the list, in its order) under each pair.
// lookSet and pointMidScan share it.
//
// The bit set holds every pair exactly (65,536 bits for 65,536 pairs), so
// a set bit's rank among the set bits numbers its pair: the entries are
// found by a popcount (pairrank.go) rather than a map look-up, which cost
// as much as the bit test saved.
type pairIndex struct {
	pairs [1 << 10]uint64
	rank  pairRank // where each word of pairs starts counting, for byRank
	// byRank holds, in the order of the pairs' keys, the entries under each
	// pair present
	byRank [][]int
	short  []int // entries of fewer than two bytes, searched apart
}

func newPairIndex(list []string) pairIndex {
	var x pairIndex
	byKey := map[uint16][]int{}
	for j, p := range list {
		if len(p) < 2 {
			x.short = append(x.short, j)
			continue
		}
		k := pairKey(p, 0)
		x.pairs[k>>6] |= 1 << (k & 63)
		byKey[k] = append(byKey[k], j)
	}
	x.rank = newPairRank(&x.pairs)
	x.byRank = make([][]int, len(byKey))
	for k, js := range byKey {
		x.byRank[x.rank.of(&x.pairs, k)] = js
	}
	return x
}

// pairKey is the key of the two bytes of s at i.
func pairKey(s string, i int) uint16 { return uint16(s[i]) | uint16(s[i+1])<<8 }

// at returns the entries whose first two bytes are those of s at i (nil
// for most positions, after one bit test).
func (x *pairIndex) at(s string, i int) []int {
	k := pairKey(s, i)
	if x.pairs[k>>6]&(1<<(k&63)) == 0 {
		return nil
	}
	return x.byRank[x.rank.of(&x.pairs, k)]
}

// in reports whether s holds one of the looks, as anyIn does. A nil set
// holds none.
func (ls *lookSet) in(s string) bool {
	if ls == nil {
		return false
	}
	for _, j := range ls.short {
		if strings.Contains(s, ls.looks[j]) {
			return true
		}
	}
	if ls.lead >= 0 {
		return ls.inFromLead(s)
	}
	if ls.stride > 0 {
		return ls.inStrided(s)
	}
	for i := 0; i+1 < len(s); i++ {
		if ls.opensAt(s, i) {
			return true
		}
	}
	return false
}

// opensAt reports whether a look of two bytes or more opens s at i.
func (ls *lookSet) opensAt(s string, i int) bool {
	k := pairKey(s, i)
	if ls.pairs[k>>6]&(1<<(k&63)) == 0 || ls.triMiss(s, i) {
		return false
	}
	r := ls.rank.of(&ls.pairs, k)
	js := ls.byRank[r]
	if b := ls.wide[r]; b != nil {
		if i+b.n > len(s) {
			return false
		}
		js = b.byKey[s[i:i+b.n]]
	}
	for _, j := range js {
		if strings.HasPrefix(s[i:], ls.looks[j]) {
			return true
		}
	}
	return false
}

// affLookSet and abbrLookSets are docRoles' affLooks and each language's
// abbrLooks as lookSets, for learnRoles.
var (
	affLookSet   = sync.OnceValue(func() *lookSet { return newLookSet(docRoles().affLooks) })
	abbrLookSets = sync.OnceValue(func() map[string]*lookSet {
		out := map[string]*lookSet{}
		for lang, looks := range docRoles().abbrLooks {
			out[lang] = newLookSet(looks)
		}
		return out
	})
)
