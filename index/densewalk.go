package index

import (
	"math/bits"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
)

// Dense sets for the walk. The walk's set algebra (flatwalk.go: a
// query's matches in a segment, each filter's share of them, the
// candidates left once the skipper lets go of postings) was done with
// roaring's And and FastOr: a union of a query's dozens of postings lists
// builds a bitmap container per 65,536 records and converts it back, and
// every candidate recomputation does it again, so those operations made a
// sixth of an uncached command's CPU time and a third of what it
// allocated. A segment's records are a few hundred thousand at most, so
// each set is also a plain array of words, one bit per record, taken from
// a pool and given back after the walk: unions and intersections are word
// loops, a count is a popcount, and nothing is allocated per search. The
// sets hold the same records as the bitmaps, so the walk visits the same
// candidates in the same order.

// denseWalk turns dense sets on; tests turn it off to compare.
var denseWalk = true

// denseSet is one bit per record of a segment.
type denseSet []uint64

// densePool holds the arenas of finished walks, to reuse.
var densePool sync.Pool

// denseSets hands out the zeroed sets of one walk, sliced from an arena
// taken from densePool; each segment's sets are handed out again for the
// next (reset), and the arena goes back to the pool after the walk
// (release).
type denseSets struct {
	words int
	arena []uint64
	used  int
}

// get returns a zeroed set of the walk's segment size.
func (ds *denseSets) get() denseSet {
	if ds.arena == nil {
		if v, ok := densePool.Get().(*[]uint64); ok {
			ds.arena = *v
		}
	}
	if ds.used+ds.words > len(ds.arena) {
		// A new arena; the sets already handed out keep the old one.
		ds.arena = make([]uint64, max(2*len(ds.arena), 8*ds.words))
		ds.used = 0
	}
	s := denseSet(ds.arena[ds.used : ds.used+ds.words : ds.used+ds.words])
	ds.used += ds.words
	clear(s)
	return s
}

// reset lets the sets handed out be handed out again, for a segment of
// words words.
func (ds *denseSets) reset(words int) {
	ds.words, ds.used = words, 0
}

// release gives the arena back to the pool.
func (ds *denseSets) release() {
	if ds.arena != nil {
		a := ds.arena
		densePool.Put(&a)
	}
	ds.arena, ds.used = nil, 0
}

// denseSmall is the most records a bitmap may hold to be added to a set
// record by record; a larger one is written whole to a scratch set
// (WriteDenseTo copies a bitmap container over the words rather than
// adding to them) and added word by word.
const denseSmall = 4096

// orBitmap adds the records of bm to s; tmp is a zeroed set of the same
// size, left zeroed.
func (s denseSet) orBitmap(bm *roaring.Bitmap, tmp denseSet) {
	if bm == nil || bm.IsEmpty() {
		return
	}
	if bm.GetCardinality() <= denseSmall {
		// Added one by one: a bitmap made by removing records (zap's
		// list without deleted ones) may keep a bitmap container of few.
		bm.Iterate(func(v uint32) bool {
			s[v>>6] |= 1 << (v & 63)
			return true
		})
		return
	}
	n := min(int(bm.DenseSize()), len(tmp))
	bm.WriteDenseTo(tmp)
	for i, w := range tmp[:n] {
		s[i] |= w
	}
	clear(tmp[:n])
}

// or adds the records of o to s.
func (s denseSet) or(o denseSet) {
	for i, w := range o {
		s[i] |= w
	}
}

// orAnd adds to s the records of both a and b.
func (s denseSet) orAnd(a, b denseSet) {
	for i, w := range a {
		s[i] |= w & b[i]
	}
}

// andOf sets s to the records of both a and b, and returns their number.
func (s denseSet) andOf(a, b denseSet) uint64 {
	var n int
	b = b[:len(a)]
	for i, w := range a {
		w &= b[i]
		s[i] = w
		n += bits.OnesCount64(w)
	}
	return uint64(n)
}

// count is the number of records in s.
func (s denseSet) count() uint64 {
	var n int
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return uint64(n)
}

// next returns the first record of s at or after from, or false.
func (s denseSet) next(from uint32) (uint32, bool) {
	i := int(from >> 6)
	if i >= len(s) {
		return 0, false
	}
	w := s[i] & (^uint64(0) << (from & 63))
	for w == 0 {
		i++
		if i >= len(s) {
			return 0, false
		}
		w = s[i]
	}
	return uint32(i<<6 + bits.TrailingZeros64(w)), true
}

// matchesDense adds to s the records of segment seg the node matches, as
// matches finds them; ds gives the sets it needs on the way.
func (n *flatNode) matchesDense(seg int, s denseSet, ds *denseSets, tmp denseSet) error {
	switch n.kind {
	case flatLeaf:
		b, err := n.term.p.bitmap(seg)
		if err != nil {
			return err
		}
		s.orBitmap(b, tmp)
	case flatOr:
		for _, k := range n.live {
			if err := k.matchesDense(seg, s, ds, tmp); err != nil {
				return err
			}
		}
	case flatAnd:
		if len(n.live) != len(n.kids) {
			return nil
		}
		var acc denseSet
		for _, k := range n.live {
			part := ds.get()
			if err := k.matchesDense(seg, part, ds, tmp); err != nil {
				return err
			}
			if acc == nil {
				acc = part
				continue
			}
			acc.andOf(acc, part)
		}
		if acc != nil {
			s.or(acc)
		}
	}
	return nil
}

// denseWalkSets are a walk's sets in the segment it walks: the model's
// matches, each group's share of them, the candidates and the skipper's
// unions.
type denseWalkSets struct {
	ds     denseSets
	tmp    denseSet
	all    denseSet
	base   []denseSet
	cand   denseSet
	suffix map[int]denseSet // by k: the records holding one of order[k:]
	seg    int
}

// enter readies the sets for segment seg of words words: the model's
// matches there and each group's share, counted into counts. empty is
// true when the model matches nothing there.
func (w *denseWalkSets) enter(m *flatModel, seg, words int, groups []walkGroup, counts []uint64) (empty bool, err error) {
	w.ds.reset(words)
	w.seg = seg
	w.suffix, w.cand = nil, nil // given back with the others
	w.tmp = w.ds.get()
	w.all = w.ds.get()
	if err := m.root.matchesDense(seg, w.all, &w.ds, w.tmp); err != nil {
		return false, err
	}
	n := w.all.count()
	if n == 0 {
		return true, nil
	}
	w.base = w.base[:0]
	for i, g := range groups {
		b := w.all
		if g.filter != nil {
			b = w.ds.get()
			counts[i] += b.andOf(w.all, denseSet(g.filter.bits[seg]))
		} else {
			counts[i] += n
		}
		w.base = append(w.base, b)
	}
	return false, nil
}

// candidates sets and returns the union of each group's matches
// restricted to those it still needs when skipping with sk (nil for none),
// as candidates does with bitmaps.
func (w *denseWalkSets) candidates(sk *skipper) (denseSet, error) {
	if w.cand == nil || len(w.cand) != w.ds.words {
		w.cand = w.ds.get()
	} else {
		clear(w.cand)
	}
	for g, b := range w.base {
		if sk == nil || sk.need[g] == 0 {
			if &b[0] == &w.all[0] {
				return w.all, nil // the others are part of it
			}
			w.cand.or(b)
			continue
		}
		u, err := w.suffixUnion(sk, sk.need[g])
		if err != nil {
			return nil, err
		}
		if u != nil {
			w.cand.orAnd(b, u)
		}
	}
	return w.cand, nil
}

// suffixUnion returns the records of the walked segment holding one of
// sk.order[k:], nil for none.
func (w *denseWalkSets) suffixUnion(sk *skipper, k int) (denseSet, error) {
	if u, ok := w.suffix[k]; ok {
		return u, nil
	}
	if w.suffix == nil {
		w.suffix = map[int]denseSet{}
	}
	var u denseSet
	for _, p := range sk.order[k:] {
		b, err := p.bitmap(w.seg)
		if err != nil {
			return nil, err
		}
		if b == nil || b.IsEmpty() {
			continue
		}
		if u == nil {
			u = w.ds.get()
		}
		u.orBitmap(b, w.tmp)
	}
	w.suffix[k] = u
	return u, nil
}
