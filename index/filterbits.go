package index

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// A search's filter (kind, speaker, plan, topic, the server's
// collections) is tested on every record its text matches: bleve advances
// a searcher over the filter's postings to each, which was a fifth of a
// filtered search, and a shared pass (SearchAll) does it once per query.
// Instead the filter is read once per segment as a bitmap of the
// segment's documents, kept while the segment lives (segments never
// change; a merge makes new ones), and each match is a bitmap look-up.

// maxFilterSegments bounds the segments whose filter bitmaps are kept,
// over every open index; past it the least recently used go.
const maxFilterSegments = 256

// maxSegmentFilters bounds the filters kept per segment: kinds, plans,
// speakers, topics and servers asked for since the segment was made. Each
// is a bit per document of the segment: 128 filters of a 300,000-record
// segment hold under 5 MB.
const maxSegmentFilters = 128

// filterBits keeps, per segment, the bitmaps of the filters evaluated on
// it. A segment's bitmaps are read-only once made, so they are shared by
// concurrent searches.
var filterBits = newSegmentCache[segment.Segment, segmentBits](maxFilterSegments)

// segmentBits are one segment's filter bitmaps, by filter.
type segmentBits struct {
	mu sync.Mutex
	m  map[string]segmentFilter
}

// segmentFilter is one filter's documents of a segment: a bitset to test
// one document, and the roaring bitmap to count matches with (flatModel.count).
type segmentFilter struct {
	bits bitset
	rb   *roaring.Bitmap
}

// bitset is one bit per document number of a segment: a look-up per
// match must cost less than the roaring bitmap's search of its container.
type bitset []uint64

func newBitset(bm *roaring.Bitmap, n uint64) bitset {
	b := make(bitset, (n+63)/64)
	it := bm.Iterator()
	for it.HasNext() {
		if v := uint64(it.Next()); v < n {
			b[v>>6] |= 1 << (v & 63)
		}
	}
	return b
}

func (b bitset) has(v uint64) bool {
	return v>>6 < uint64(len(b)) && b[v>>6]&(1<<(v&63)) != 0
}

// segmentBitmap returns the documents of seg that filter f (whose key is
// key) accepts; ok is false when f has a form the bitmaps cannot express.
func segmentBitmap(seg segment.Segment, key string, f query.Query) (segmentFilter, bool, error) {
	sb := filterBits.of(seg, func() *segmentBits { return &segmentBits{m: map[string]segmentFilter{}} })
	sb.mu.Lock()
	bm, ok := sb.m[key]
	sb.mu.Unlock()
	if ok {
		return bm, true, nil
	}
	rb, ok, err := evalFilter(seg, f)
	if err != nil || !ok {
		return segmentFilter{}, ok, err
	}
	rb.RunOptimize()
	bm = segmentFilter{bits: newBitset(rb, seg.Count()), rb: rb}
	sb.mu.Lock()
	if len(sb.m) >= maxSegmentFilters {
		clear(sb.m)
	}
	sb.m[key] = bm
	sb.mu.Unlock()
	return bm, true, nil
}

// evalFilter computes the documents of seg that f accepts, for the forms
// filters builds: term queries, their conjunctions and disjunctions, and
// boolean queries of must and must-not clauses (the collections filter).
// Deleted documents may be included: the text searcher never yields them.
func evalFilter(seg segment.Segment, f query.Query) (*roaring.Bitmap, bool, error) {
	switch q := f.(type) {
	case *query.TermQuery:
		return termBits(seg, q.FieldVal, q.Term)
	case *query.ConjunctionQuery:
		return combine(seg, q.Conjuncts, true)
	case *query.DisjunctionQuery:
		if q.Min > 1 {
			return nil, false, nil
		}
		return combine(seg, q.Disjuncts, false)
	case *query.BooleanQuery:
		if q.Should != nil || q.Filter != nil {
			return nil, false, nil
		}
		var bm *roaring.Bitmap
		if q.Must != nil {
			b, ok, err := evalFilter(seg, q.Must)
			if err != nil || !ok {
				return nil, ok, err
			}
			bm = b
		} else {
			// bleve: only must-not clauses match every document but those.
			bm = roaring.New()
			bm.AddRange(0, seg.Count())
		}
		if q.MustNot != nil {
			not, ok, err := evalFilter(seg, q.MustNot)
			if err != nil || !ok {
				return nil, ok, err
			}
			bm.AndNot(not)
		}
		return bm, true, nil
	}
	return nil, false, nil
}

// combine intersects (and) or unites the bitmaps of qs.
func combine(seg segment.Segment, qs []query.Query, and bool) (*roaring.Bitmap, bool, error) {
	var out *roaring.Bitmap
	for _, c := range qs {
		bm, ok, err := evalFilter(seg, c)
		if err != nil || !ok {
			return nil, ok, err
		}
		switch {
		case out == nil:
			out = bm
		case and:
			out.And(bm)
		default:
			out.Or(bm)
		}
	}
	if out == nil {
		if and {
			return nil, false, nil // bleve matches nothing for an empty conjunction here; not built by filters
		}
		out = roaring.New()
	}
	return out, true, nil
}

// termBits is the documents of seg holding term in field, as a new bitmap.
func termBits(seg segment.Segment, field, term string) (*roaring.Bitmap, bool, error) {
	dict, err := seg.Dictionary(field)
	if err != nil {
		return nil, true, fmt.Errorf("filter %s: %w", field, err)
	}
	pl, err := dict.PostingsList([]byte(term), nil, nil)
	if err != nil {
		return nil, true, fmt.Errorf("filter %s:%q: %w", field, term, err)
	}
	out := roaring.New()
	it := pl.Iterator(false, false, false, nil)
	if oit, ok := it.(segment.OptimizablePostingsIterator); ok {
		if bm := oit.ActualBitmap(); bm != nil {
			out.Or(bm)
			return out, true, nil
		}
		if n, ok := oit.DocNum1Hit(); ok {
			out.Add(uint32(n))
			return out, true, nil
		}
	}
	for {
		p, err := it.Next()
		if err != nil {
			return nil, true, fmt.Errorf("filter %s:%q: %w", field, term, err)
		}
		if p == nil {
			return out, true, nil
		}
		out.Add(uint32(p.Number()))
	}
}

// snapshotFilter tests documents of one snapshot against a filter through
// its segments' bitmaps. It serves one search at a time (it remembers the
// last segment asked about).
type snapshotFilter struct {
	offsets []uint64 // each segment's first global document number
	bits    []bitset
	roaring []*roaring.Bitmap // the same documents, to count with
	last    int               // the segment of the last document asked about
}

// newSnapshotFilter returns f's test on snap, or ok false when f has a
// form the bitmaps cannot express (the caller then uses bleve's).
func newSnapshotFilter(snap *scorch.IndexSnapshot, f query.Query) (*snapshotFilter, bool, error) {
	key, err := json.Marshal(f)
	if err != nil {
		return nil, false, nil
	}
	segs := snap.Segments()
	sf := &snapshotFilter{offsets: segmentOffsets(segs), bits: make([]bitset, len(segs)), roaring: make([]*roaring.Bitmap, len(segs))}
	for i, s := range segs {
		bm, ok, err := segmentBitmap(s.Segment(), string(key), f)
		if err != nil || !ok {
			return nil, ok, err
		}
		sf.bits[i], sf.roaring[i] = bm.bits, bm.rb
	}
	return sf, true, nil
}

// has reports whether the filter accepts the document of d.
func (sf *snapshotFilter) has(d *search.DocumentMatch) bool {
	return sf.hasNum(d.IndexInternalID.Value())
}

// hasNum reports whether the filter accepts the document numbered num.
func (sf *snapshotFilter) hasNum(num uint64) bool {
	// Documents are asked about in order: mostly in the last one's segment.
	if len(sf.offsets) == 0 {
		return false
	}
	i := sf.last
	if off := sf.offsets; num < off[i] || i+1 < len(off) && num >= off[i+1] {
		if i = sortSearch(off, num); i < 0 {
			return false
		}
		sf.last = i
	}
	return sf.bits[i].has(num - sf.offsets[i])
}

// accept is has as bleve's filtering searcher asks it.
func (sf *snapshotFilter) accept(_ *search.SearchContext, d *search.DocumentMatch) bool {
	return sf.has(d)
}
