package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sync/atomic"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bleveindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// The walk. Which records a query matches is known before any is scored:
// each term's postings are a bitmap in its segment (zap keeps them as
// roaring bitmaps), and a node's matches are the union (a disjunction) or
// intersection (a conjunction) of its kids'. So the walk scores only the
// candidates: the records a search's filters let through among those
// matches, found with word-wide bitmap operations, and moves every term's
// postings straight to each (zap's Advance). A filter that keeps a few
// hundred of fifty thousand matches ("statements" of a common word, a
// plan's points, a server's own documents), or a conjunction of a rare
// and a common word, then costs the few hundred records, not the fifty
// thousand; the matches a filter keeps are counted from the same bitmaps,
// so every total is the same as scoring each.
//
// Skipping. Once the hits a filter's search keeps are full, a match
// scoring below the lowest of them (its threshold) cannot rank, whatever
// its ID. A term's score has a bound (flatTerm.ub), so a node's score has
// one for the records that hold only some of the terms (lazyBound). The
// skipper orders the terms' postings by bound, lowest first, and finds
// for each filter how many of the first it no longer needs: those whose
// records, holding none of the others, cannot reach its threshold. Its
// candidates are then the matches holding one of the postings it still
// needs. A common word or synonym (a quarter of the corpus holds "talks")
// so costs nothing past the first page's worth, and in a shared search
// (SearchAll) each filter skips by its own threshold: the plan whose
// provisions all say "talks" does not make the others walk it.

// walkGroup is one of the filters a walk serves: a search has one, a
// shared search one per query.
type walkGroup struct {
	filter *snapshotFilter // nil: every record
	// threshold is the lowest score that still ranks among the group's
	// hits (-Inf until they are full); nil never skips.
	threshold func() float64
}

// walk visits, in document order, the model's matches that one of groups
// lets through, each with its score as bleve scores it, except those that
// rank in no group they belong to (see skipper), and returns for each
// group how many of the model's matches its filter accepts.
func (m *flatModel) walk(ctx context.Context, snap *scorch.IndexSnapshot, groups []walkGroup, visit func(doc uint64, score float64) error) ([]uint64, error) {
	counts := make([]uint64, len(groups))
	sk := m.skipper(groups)
	var dw *denseWalkSets // the sets of the segment walked, when dense (densewalk.go)
	if denseWalk {
		dw = &denseWalkSets{}
		defer dw.ds.release()
	}
	n := 0
	var lv livePostings
	for seg, ss := range snap.Segments() {
		var all *roaring.Bitmap
		var base []*roaring.Bitmap
		if dw != nil {
			empty, err := dw.enter(m, seg, int((ss.Segment().Count()+63)/64), groups, counts)
			if err != nil {
				return nil, err
			}
			if empty {
				continue
			}
		} else {
			var err error
			if all, err = m.root.matches(seg); err != nil {
				return nil, err
			}
			if all == nil || all.IsEmpty() {
				continue
			}
			// Each group's matches, counted, then walked as it still needs.
			base = make([]*roaring.Bitmap, len(groups))
			for i, g := range groups {
				base[i] = all
				if g.filter != nil {
					base[i] = roaring.And(all, g.filter.roaring[seg])
				}
				counts[i] += base[i].GetCardinality()
			}
		}
		if err := m.decode(ss.Segment(), seg); err != nil {
			return nil, err
		}
		lv.reset(m.enter(seg))
		// The candidates, as a dense set (dcand, read from pos on) or a
		// bitmap's iterator (it).
		var dcand denseSet
		var it roaring.IntPeekable
		var pos uint32
		var err error
		if dw != nil {
			dcand, err = dw.candidates(sk)
		} else {
			var cand *roaring.Bitmap
			cand, err = candidates(seg, all, base, sk)
			if cand != nil {
				it = cand.Iterator()
			}
		}
		if err != nil {
			return nil, err
		}
		for {
			var local uint32
			if dw != nil {
				l, ok := dcand.next(pos)
				if !ok {
					break
				}
				local, pos = l, l+1
			} else {
				if !it.HasNext() {
					break
				}
				local = it.Next()
			}
			n++
			if n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			doc := m.offsets[seg] + uint64(local)
			var on uint64 // the postings found on doc (flatmask.go)
			if on, err = lv.moveTo(doc); err != nil {
				return nil, err
			}
			if s, ok := m.root.scoreOn(doc, on); ok {
				if err := visit(doc, s); err != nil {
					return nil, err
				}
			}
			if n%skipCheck == 0 && sk.update() {
				if dw != nil {
					if dcand, err = dw.candidates(sk); err != nil {
						return nil, err
					}
					continue
				}
				cand, err := candidates(seg, all, base, sk)
				if err != nil {
					return nil, err
				}
				it = cand.Iterator()
				it.AdvanceIfNeeded(local + 1)
			}
		}
	}
	if sk.skipped() {
		flatSkips.Add(1)
	}
	flatScored.Add(int64(n))
	return counts, nil
}

// enter readies the postings for a walk of segment seg and returns those
// that have any there.
func (m *flatModel) enter(seg int) []*flatPostings {
	var live []*flatPostings
	for _, p := range m.distinct {
		p.seg, p.it, p.at = seg, nil, false
		p.dec, p.i, p.facs = nil, 0, nil
		if p.decs != nil {
			p.dec = p.decs[seg]
		}
		if p.dec != nil && len(p.dec.docs) > 0 {
			p.facs = p.dec.factors(p.avg)
		}
		switch {
		case p.dec != nil:
			p.done = len(p.dec.docs) == 0
		case p.lists[seg] != nil:
			// Opened on first need: most segments' terms are walked
			// decoded (decoded.go).
			if p.its[seg] == nil {
				p.its[seg] = p.lists[seg].Iterator(true, true, false, nil)
			}
			p.it, p.done = p.its[seg], false
		default:
			p.done = true
		}
		if !p.done {
			live = append(live, p)
		}
	}
	return live
}

// advance moves p to its first posting at or after the document doc, of
// the segment walked.
func (p *flatPostings) advance(doc uint64) error {
	if p.done || p.at && p.cur >= doc {
		return nil
	}
	if p.dec != nil {
		p.advanceDecoded(doc)
		return nil
	}
	next, err := p.it.Advance(doc - p.offsets[p.seg])
	if err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if next == nil {
		p.done = true
		return nil
	}
	p.at = true
	p.cur = p.offsets[p.seg] + next.Number()
	p.freq, p.post, p.normRead = next.Frequency(), next, false
	return nil
}

// collectFlat passes to top every match of the model that filter (nil for
// none) accepts, scored as bleve scores it, and returns the number of
// matches and the best score, as bleve's collector would.
func collectFlat(ctx context.Context, snap *scorch.IndexSnapshot, m *flatModel, top *topHits, filter *snapshotFilter) (uint64, float64, error) {
	sctx := &search.SearchContext{
		DocumentMatchPool: search.NewDocumentMatchPool(top.size+2, 1),
		IndexReader:       snap,
	}
	handle, _, err := top.handler(sctx)
	if err != nil {
		return 0, 0, err
	}
	var best float64
	counts, err := m.walk(ctx, snap, []walkGroup{{filter: filter, threshold: top.threshold}}, func(doc uint64, s float64) error {
		// The best match is never skipped: it reaches any threshold.
		best = max(best, s)
		if top.below(s) {
			return nil
		}
		d := sctx.DocumentMatchPool.Get()
		d.IndexInternalID = bleveindex.NewIndexInternalID(d.IndexInternalID, doc)
		d.Score = s
		return handle(d)
	})
	if err != nil {
		return 0, 0, err
	}
	if err := handle(nil); err != nil {
		return 0, 0, err
	}
	return counts[0], best, nil
}

// skipCheck is how many candidates walk scores between two looks at the
// thresholds.
const skipCheck = 32

// skipMargin keeps a bound that rounding could put a hair under the
// score it bounds from skipping a document that reaches the threshold.
const skipMargin = 1e-9

// skipper decides, per group, which postings a walk no longer needs, and
// so which matches are its candidates. A nil skipper skips nothing.
type skipper struct {
	groups []walkGroup
	root   *flatNode
	order  []*flatPostings // the postings with any, lowest bound first
	// bounds[k] is the root's lazyBound with order[:k] lazy, computed up
	// to the longest prefix any group has asked about.
	bounds []float64
	need   []int     // per group: order[need[g]:] are the postings it needs
	th     []float64 // per group: the threshold last seen
	// suffix caches, for the segment walked (seg), the union of the
	// bitmaps of order[k:] by k.
	seg    int
	suffix map[int]*roaring.Bitmap
}

// skipper returns walk's skipper for groups, nil when none can skip.
func (m *flatModel) skipper(groups []walkGroup) *skipper {
	if !flatSkipping || m.noSkip {
		return nil
	}
	var order []*flatPostings
	for _, p := range m.distinct {
		if p.count > 0 {
			order = append(order, p)
		}
	}
	if len(order) < 2 || !slices.ContainsFunc(groups, func(g walkGroup) bool { return g.threshold != nil }) {
		return nil
	}
	slices.SortStableFunc(order, func(a, b *flatPostings) int { return cmp.Compare(a.ub, b.ub) })
	s := &skipper{groups: groups, root: m.root, order: order, bounds: []float64{math.Inf(-1)},
		need: make([]int, len(groups)), th: make([]float64, len(groups)), seg: -1}
	for i := range s.th {
		s.th[i] = math.Inf(-1)
	}
	return s
}

// bound is bounds[k], computed on first need: postings are made lazy in
// order, one more per step.
func (s *skipper) bound(k int) float64 {
	for len(s.bounds) <= k {
		s.order[len(s.bounds)-1].lazy = true
		b, ok := s.root.lazyBound()
		if !ok {
			b = math.Inf(-1) // a record holding only these matches nothing
		}
		s.bounds = append(s.bounds, b)
	}
	return s.bounds[k]
}

// update reads the thresholds and, for each that rose, lets go of the
// next postings while the records holding only those cannot reach it. It
// reports whether any group let go of one.
func (s *skipper) update() bool {
	if s == nil {
		return false
	}
	changed := false
	for g, grp := range s.groups {
		if grp.threshold == nil {
			continue
		}
		th := grp.threshold()
		if !(th > s.th[g]) {
			continue
		}
		s.th[g] = th
		k := s.need[g]
		for k < len(s.order) && s.bound(k+1)*(1+skipMargin) < th {
			k++
		}
		if k > s.need[g] {
			s.need[g], changed = k, true
		}
	}
	return changed
}

// candidates returns the union of base, each group's matches in segment
// seg, restricted to those the group still needs when skipping with sk
// (nil for none); all is the model's matches there, the union of none
// restricted.
func candidates(seg int, all *roaring.Bitmap, base []*roaring.Bitmap, sk *skipper) (*roaring.Bitmap, error) {
	parts := make([]*roaring.Bitmap, 0, len(base))
	for g, b := range base {
		if sk != nil && sk.need[g] > 0 {
			u, err := sk.suffixUnion(seg, sk.need[g])
			if err != nil {
				return nil, err
			}
			if u == nil {
				continue
			}
			b = roaring.And(b, u)
		}
		if b == all {
			return all, nil // the others are part of it
		}
		if !b.IsEmpty() {
			parts = append(parts, b)
		}
	}
	switch len(parts) {
	case 0:
		return roaring.New(), nil
	case 1:
		return parts[0], nil
	}
	return roaring.FastOr(parts...), nil
}

// suffixUnion returns the documents of segment seg holding one of
// order[k:], nil for none.
func (s *skipper) suffixUnion(seg, k int) (*roaring.Bitmap, error) {
	if s.seg != seg {
		s.seg, s.suffix = seg, map[int]*roaring.Bitmap{}
	}
	if u, ok := s.suffix[k]; ok {
		return u, nil
	}
	var bms []*roaring.Bitmap
	for _, p := range s.order[k:] {
		b, err := p.bitmap(seg)
		if err != nil {
			return nil, err
		}
		if b != nil {
			bms = append(bms, b)
		}
	}
	var u *roaring.Bitmap
	switch len(bms) {
	case 0:
	case 1:
		u = bms[0]
	default:
		u = roaring.FastOr(bms...)
	}
	s.suffix[k] = u
	return u, nil
}

// skipped reports whether any group let go of a posting.
func (s *skipper) skipped() bool {
	return s != nil && slices.ContainsFunc(s.need, func(k int) bool { return k > 0 })
}

// flatSkipping turns skipping on; tests turn it off to compare. flatSkips
// counts the walks that skipped, flatScored the candidates walks scored.
var (
	flatSkipping = true
	flatSkips    atomic.Int64
	flatScored   atomic.Int64
)

// lazyBound bounds the node's score for a document holding none of the
// postings still needed: what only lazy postings can add up to. ok is
// false when such a document cannot match the node at all.
func (n *flatNode) lazyBound() (float64, bool) {
	switch n.kind {
	case flatLeaf:
		if p := n.term.p; p.lazy {
			return n.term.ub, true
		}
	case flatOr:
		var sum float64
		matched := 0
		for _, k := range n.live {
			if b, ok := k.lazyBound(); ok {
				sum += b
				matched++
			}
		}
		if matched > 0 {
			// The coordination factor is at most the share that can match.
			return sum * float64(matched) / float64(len(n.kids)), true
		}
	case flatAnd:
		if len(n.live) != len(n.kids) {
			return 0, false
		}
		var sum float64
		for _, k := range n.live {
			b, ok := k.lazyBound()
			if !ok {
				return 0, false
			}
			sum += b
		}
		return sum, true
	}
	return 0, false
}

// matches returns the documents of segment seg the node matches, nil for
// none. The bitmaps of postings are never changed (they may be the
// segment's own): unions and intersections make new ones.
func (n *flatNode) matches(seg int) (*roaring.Bitmap, error) {
	switch n.kind {
	case flatLeaf:
		return n.term.p.bitmap(seg)
	case flatOr:
		// One union of every leaf and conjunction under nested
		// disjunctions (a word and its synonyms): no union made only
		// to be unioned again.
		bms, err := n.orParts(seg, nil)
		if err != nil {
			return nil, err
		}
		switch len(bms) {
		case 0:
			return nil, nil
		case 1:
			return bms[0], nil
		}
		return roaring.FastOr(bms...), nil
	case flatAnd:
		if len(n.live) != len(n.kids) {
			return nil, nil
		}
		var out *roaring.Bitmap
		for i, k := range n.live {
			b, err := k.matches(seg)
			if err != nil || b == nil {
				return nil, err
			}
			if i == 0 {
				out = b
			} else if out = roaring.And(out, b); out.IsEmpty() {
				return nil, nil
			}
		}
		return out, nil
	}
	return nil, nil
}

// orParts appends to bms the bitmaps in segment seg whose union is what
// the disjunction n matches there: its leaves and conjunctions, through
// nested disjunctions.
func (n *flatNode) orParts(seg int, bms []*roaring.Bitmap) ([]*roaring.Bitmap, error) {
	for _, k := range n.live {
		if k.kind == flatOr {
			var err error
			if bms, err = k.orParts(seg, bms); err != nil {
				return nil, err
			}
			continue
		}
		b, err := k.matches(seg)
		if err != nil {
			return nil, err
		}
		if b != nil {
			bms = append(bms, b)
		}
	}
	return bms, nil
}

// bitmap returns the documents of segment seg holding p's term, without
// deleted ones; nil for none. It is read once per segment and search.
func (p *flatPostings) bitmap(seg int) (*roaring.Bitmap, error) {
	if p.bitmaps == nil {
		p.bitmaps = make([]*roaring.Bitmap, len(p.lists))
	}
	if p.bitmaps[seg] != nil {
		return p.bitmaps[seg], nil
	}
	pl := p.lists[seg]
	if pl == nil {
		return nil, nil
	}
	bm, err := postingsBitmap(pl)
	if err != nil {
		return nil, err
	}
	p.bitmaps[seg] = bm
	return bm, nil
}

// postingsBitmap returns the documents of a postings list: zap's own
// bitmap (the list's, or a copy without deleted documents) when it has
// one.
func postingsBitmap(pl segment.PostingsList) (*roaring.Bitmap, error) {
	it := pl.Iterator(false, false, false, nil)
	if oit, ok := it.(segment.OptimizablePostingsIterator); ok {
		if bm := oit.ActualBitmap(); bm != nil {
			return bm, nil
		}
		if num, ok := oit.DocNum1Hit(); ok {
			return roaring.BitmapOf(uint32(num)), nil
		}
	}
	out := roaring.New()
	for {
		next, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("postings: %w", err)
		}
		if next == nil {
			return out, nil
		}
		out.Add(uint32(next.Number()))
	}
}
