package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// scoreThenID is the order of ranked hits: by score, ties by record ID.
// Bleve's default order breaks ties by document number, which depends on
// how the records were batched and on scorch's background merges: two
// indexes of one corpus, or one index before and after a merge, would
// fetch different pages of equally scored hits.
var scoreThenID = []string{"-_score", "_id"}

// run executes a ranked request (see request) and loads fields of its hits,
// as bleve's SearchInContext with req.Fields = fields and req.SortBy
// (scoreThenID) would, with the same searcher and so the same hits in the
// same order; it sets both on req. It differs from bleve in two ways.
// Bleve sorting by ID looks up the ID of every matching record; run's
// topHits looks one up only when it ties on score with a kept hit. And in
// how the fields are loaded: bleve finds each hit again by its external
// ID (a term look-up per hit) and turns every stored field of it into a
// document field before keeping the few asked for; run reads the stored
// fields of the hit's own segment and document number, in the snapshot the
// query ran on, and keeps only those asked for. Loading was a sixth of a
// search and half of what it allocated. The matches themselves are scored
// by the flat scorer when it applies (flat.go), to the same bits.
func (ix *Index) run(ctx context.Context, req *bleve.SearchRequest, fields []string) (*bleve.SearchResult, error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index reader: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index reader: %w", err)
	}
	defer r.Close()
	req.SortBy(scoreThenID)
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		req.Fields = fields
		return ix.idx.SearchInContext(ctx, req)
	}
	ctx = ix.searchContext(ctx, req)
	top := &topHits{size: req.Size + req.From, reader: snap, ids: newSnapshotIDs(snap)}
	top.reset()
	var total uint64
	var maxScore float64
	m, filter, err := ix.flatModelFor(ctx, snap, req)
	if err != nil {
		return nil, err
	}
	if m != nil {
		defer m.close()
		flatRuns.Add(1)
		if total, maxScore, err = collectFlat(ctx, snap, m, top, filter); err != nil {
			return nil, err
		}
	} else {
		s, err := ix.searcher(ctx, snap, req)
		if err != nil {
			return nil, err
		}
		defer s.Close()
		// The collector counts the matches and keeps the best score; top
		// keeps the hits. Sorting the collector by score alone spares it
		// loading every match's ID.
		ctx = context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(top.handler))
		coll := collector.NewTopNCollector(req.Size, req.From, search.SortOrder{&search.SortScore{Desc: true}})
		if err := coll.Collect(ctx, s, snap); err != nil {
			return nil, err
		}
		total, maxScore = coll.Total(), coll.MaxScore()
	}
	hits, err := top.results(req.From)
	if err != nil {
		return nil, err
	}
	if err := loadFields(snap, hits, fields); err != nil {
		return nil, err
	}
	return &bleve.SearchResult{Request: req, Hits: hits, Total: total, MaxScore: maxScore}, nil
}

// searcher is req.Query's searcher as bleve builds it, except that a
// boolean query's filter is tested with the filter's bitmaps (see
// filterbits.go) rather than by advancing a searcher of its postings to
// every match. The scored part is built as bleve builds it (a boolean
// searcher around the must clause's), so the scores are the same bits.
func (ix *Index) searcher(ctx context.Context, snap *scorch.IndexSnapshot, req *bleve.SearchRequest) (search.Searcher, error) {
	opts := search.SearcherOptions{Score: req.Score}
	b, ok := req.Query.(*query.BooleanQuery)
	if !ok || b.Must == nil || b.Filter == nil || b.Should != nil || b.MustNot != nil {
		return req.Query.Searcher(ctx, snap, ix.im, opts)
	}
	bits, ok, err := newSnapshotFilter(snap, b.Filter)
	if err != nil {
		return nil, fmt.Errorf("search filter: %w", err)
	}
	if !ok {
		return req.Query.Searcher(ctx, snap, ix.im, opts)
	}
	must, err := b.Must.Searcher(ctx, snap, ix.im, opts)
	if err != nil {
		return nil, err
	}
	if _, none := must.(*searcher.MatchNoneSearcher); none {
		// bleve then matches every record of the filter.
		_ = must.Close()
		return req.Query.Searcher(ctx, snap, ix.im, opts)
	}
	bs, err := searcher.NewBooleanSearcher(ctx, snap, must, nil, nil, opts)
	if err != nil {
		_ = must.Close()
		return nil, err
	}
	return searcher.NewFilteringSearcher(ctx, bs, bits.accept), nil
}

// flatScoring turns the flat scorer on; tests turn it off to compare.
// flatRuns counts the searches it scored.
var (
	flatScoring = true
	flatRuns    atomic.Int64
)

// flatModelFor is the model of req's scored query for the flat scorer
// (see flat.go) and the bitmap filter of req (nil for none), or a nil
// model when the flat scorer does not apply: the query is req's text query
// alone or a boolean query of it and a filter the bitmaps express, as
// searcher builds them.
func (ix *Index) flatModelFor(ctx context.Context, snap *scorch.IndexSnapshot, req *bleve.SearchRequest) (*flatModel, *snapshotFilter, error) {
	if !flatScoring || req.Score != "" || req.Size+req.From <= 0 {
		return nil, nil, nil
	}
	scored := req.Query
	var filter *snapshotFilter
	if b, ok := req.Query.(*query.BooleanQuery); ok {
		if b.Must == nil || b.Filter == nil || b.Should != nil || b.MustNot != nil {
			return nil, nil, nil
		}
		bits, ok, err := newSnapshotFilter(snap, b.Filter)
		if err != nil || !ok {
			return nil, nil, err
		}
		scored, filter = b.Must, bits
	}
	fts, _ := req.PreSearchData[search.SynonymPreSearchDataKey].(search.FieldTermSynonymMap)
	st, _ := req.PreSearchData[search.BM25PreSearchDataKey].(*search.BM25Stats)
	m, err := ix.flatModelOf(ctx, snap, scored, fts, st)
	if m == nil {
		filter = nil
	}
	return m, filter, err
}

// searchContext is ctx with what SearchInContext puts there for the
// searchers of req: the scoring model, the synonyms and the BM25
// statistics.
func (ix *Index) searchContext(ctx context.Context, req *bleve.SearchRequest) context.Context {
	ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return ix.im.ScoringModel }))
	if fts, ok := req.PreSearchData[search.SynonymPreSearchDataKey].(search.FieldTermSynonymMap); ok {
		ctx = context.WithValue(ctx, search.FieldTermSynonymMapKey, fts)
	}
	if st, ok := req.PreSearchData[search.BM25PreSearchDataKey].(*search.BM25Stats); ok {
		ctx = context.WithValue(ctx, search.BM25StatsKey, st)
	}
	return ctx
}

// topHits keeps the size best hits of a search in the order scoreThenID.
// When a segment of the snapshot (ids) is large enough to have ID ranks
// (snapshotIDs.ranks), it keeps the best of each segment apart, as a heap
// whose root is the worst hit kept, and ranks two hits of a ranked segment
// by the ranks of their IDs, which reads no stored field; results then
// merges the segments' best, looking up the IDs of the hits that tie on
// score across segments only. Otherwise it keeps one heap and looks up an
// ID to compare it with a hit of the same score.
// Either way a search whose scores differ looks up only the IDs of the hits
// it returns (which bleve looks up anyway), however many records match.
type topHits struct {
	size   int
	reader index.IndexReader
	ids    *snapshotIDs // when set, IDs are looked up through it
	pool   *search.DocumentMatchPool
	// heaps holds the hits kept of each segment (one heap without ids);
	// a segment's is allocated when it first keeps a hit.
	heaps [][]*search.DocumentMatch
	// segRanks holds each segment's ID ranks once asked for (rankRead).
	segRanks [][]uint32
	rankRead []bool
	perSeg   bool  // one heap per segment (a segment has ranks)
	last     int   // the segment of the last match asked about
	err      error // the first failed ID look-up
	// spare is a copy offerCopy made that is no longer kept, to reuse.
	spare *search.DocumentMatch
}

// reset empties t before a search.
func (t *topHits) reset() {
	n := 1
	t.perSeg = false
	if t.ids != nil {
		for _, s := range t.ids.segs {
			if s.Count() >= minRankedDocs {
				t.perSeg, n = true, len(t.ids.segs)
				break
			}
		}
	}
	n = max(n, 1)
	t.heaps = make([][]*search.DocumentMatch, n)
	t.segRanks, t.rankRead = make([][]uint32, n), make([]bool, n)
}

// segmentRanks returns the ID ranks of segment seg, nil when it has none.
func (t *topHits) segmentRanks(seg int) []uint32 {
	if !t.perSeg {
		return nil
	}
	if !t.rankRead[seg] {
		t.segRanks[seg], t.rankRead[seg] = t.ids.ranks(seg), true
	}
	return t.segRanks[seg]
}

// threshold is a score every hit returned reaches: the lowest kept of a
// segment whose heap is full (the best of them), or -Inf while none is.
// A match scoring below it cannot rank, whatever its ID.
func (t *topHits) threshold() float64 {
	th := math.Inf(-1)
	for _, h := range t.heaps {
		if t.size > 0 && len(h) == t.size {
			th = max(th, h[0].Score)
		}
	}
	return th
}

// segment returns the index of the heap of the document numbered num.
func (t *topHits) segment(num uint64) int {
	if !t.perSeg || len(t.heaps) == 1 {
		return 0
	}
	// Matches come in document order: mostly of the last one's segment.
	if off := t.ids.offsets; num >= off[t.last] && (t.last+1 == len(off) || num < off[t.last+1]) {
		return t.last
	}
	t.last, _ = t.ids.segmentOf(num)
	return t.last
}

// below reports whether a match of document num scoring score cannot be
// kept: its segment's heap is full and scores higher. It looks up nothing.
func (t *topHits) below(num uint64, score float64) bool {
	h := t.heaps[t.segment(num)]
	return t.size <= 0 || len(h) == t.size && score < h[0].Score
}

// handler is a search.MakeDocumentMatchHandler: bleve's collector passes
// every match to the returned function, then nil when done.
func (t *topHits) handler(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	t.pool = sc.DocumentMatchPool
	t.reset()
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return t.err
		}
		kept, out := t.offer(d)
		if !kept {
			t.pool.Put(d)
		} else if out != nil {
			t.pool.Put(out)
		}
		return t.err
	}, false, nil
}

// offer keeps d when it ranks among the best of its segment, and returns
// whether it did and the hit it pushed out (nil for none).
func (t *topHits) offer(d *search.DocumentMatch) (kept bool, out *search.DocumentMatch) {
	seg, ok := t.ranks(d)
	if !ok {
		return false, nil
	}
	return true, t.keep(seg, d)
}

// ranks reports whether d would rank among the best of its segment, and
// the segment's index.
func (t *topHits) ranks(d *search.DocumentMatch) (int, bool) {
	if t.size <= 0 {
		return 0, false
	}
	seg := t.segment(d.IndexInternalID.Value())
	h := t.heaps[seg]
	return seg, len(h) < t.size || d.Score >= h[0].Score && t.worse(seg, h[0], d)
}

// keep adds d, which ranks (see ranks), to segment seg's heap, and returns
// the hit it pushed out (nil for none).
func (t *topHits) keep(seg int, d *search.DocumentMatch) *search.DocumentMatch {
	h := t.heaps[seg]
	if len(h) < t.size {
		if h == nil {
			h = make([]*search.DocumentMatch, 0, min(t.size, 64))
		}
		t.heaps[seg] = append(h, d)
		t.up(seg, len(h))
		return nil
	}
	out := h[0]
	h[0] = d
	t.down(seg, 0)
	return out
}

// worse reports whether a ranks below b, both of segment seg's heap: a
// lower score, or the same score and a greater ID.
func (t *topHits) worse(seg int, a, b *search.DocumentMatch) bool {
	if a.Score != b.Score {
		return a.Score < b.Score
	}
	if ranks := t.segmentRanks(seg); ranks != nil {
		off := t.ids.offsets[seg]
		return ranks[a.IndexInternalID.Value()-off] > ranks[b.IndexInternalID.Value()-off]
	}
	return t.id(a) > t.id(b)
}

// id returns the ID of d, looking it up once.
func (t *topHits) id(d *search.DocumentMatch) string {
	if d.ID == "" && t.err == nil {
		lookup := t.reader.ExternalID
		if t.ids != nil {
			lookup = t.ids.id
		}
		id, err := lookup(d.IndexInternalID)
		if err != nil {
			t.err = fmt.Errorf("id of hit: %w", err)
		}
		d.ID = id
	}
	return d.ID
}

func (t *topHits) up(seg, i int) {
	h := t.heaps[seg]
	for i > 0 {
		p := (i - 1) / 2
		if !t.worse(seg, h[i], h[p]) {
			return
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

func (t *topHits) down(seg, i int) {
	h := t.heaps[seg]
	for {
		w := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < len(h) && t.worse(seg, h[c], h[w]) {
				w = c
			}
		}
		if w == i {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

// results returns the hits kept, best first, without the first skip, each
// with its ID. Each segment's hits are sorted by its own order, then the
// segments' are merged: the best of their heads goes first, comparing the
// IDs of heads that tie on score.
func (t *topHits) results(skip int) (search.DocumentMatchCollection, error) {
	var lists [][]*search.DocumentMatch
	for seg, h := range t.heaps {
		if len(h) == 0 {
			continue
		}
		slices.SortFunc(h, func(a, b *search.DocumentMatch) int {
			switch {
			case t.worse(seg, b, a):
				return -1
			case t.worse(seg, a, b):
				return 1
			}
			return 0
		})
		lists = append(lists, h)
	}
	hits := make(search.DocumentMatchCollection, 0, t.size)
	if len(lists) == 1 {
		hits = append(hits, lists[0]...)
	}
	for len(lists) > 1 && len(hits) < t.size {
		best := 0
		for i := 1; i < len(lists); i++ {
			a, b := lists[i][0], lists[best][0]
			if a.Score > b.Score || a.Score == b.Score && t.id(a) < t.id(b) {
				best = i
			}
		}
		hits = append(hits, lists[best][0])
		if lists[best] = lists[best][1:]; len(lists[best]) == 0 {
			lists = slices.Delete(lists, best, best+1)
		}
		if len(lists) == 1 {
			hits = append(hits, lists[0][:min(len(lists[0]), t.size-len(hits))]...)
		}
	}
	if skip >= len(hits) {
		return search.DocumentMatchCollection{}, t.err
	}
	hits = hits[skip:]
	for _, d := range hits {
		t.id(d)
	}
	if t.err != nil {
		return nil, t.err
	}
	for _, d := range hits {
		d.Complete(nil)
	}
	return hits, nil
}

// segmentOffsets returns the global document number each segment of a
// snapshot starts at: a global number is the segment's offset plus the
// number within the segment; offsets count deleted documents too.
func segmentOffsets(segs []*scorch.SegmentSnapshot) []uint64 {
	offsets := make([]uint64, len(segs))
	var running uint64
	for i, s := range segs {
		offsets[i] = running
		running += s.Segment().Count()
	}
	return offsets
}

// loadFields sets the Fields of each hit to its stored values of fields,
// typed as bleve's loading types them: text as a string, a number as a
// float64, and several values of one field as a []interface{}.
func loadFields(snap *scorch.IndexSnapshot, hits search.DocumentMatchCollection, fields []string) error {
	segs := snap.Segments()
	offsets := segmentOffsets(segs)
	for _, h := range hits {
		num := h.IndexInternalID.Value()
		i := max(0, sortSearch(offsets, num))
		m := make(map[string]interface{}, len(fields))
		var derr error
		err := segs[i].VisitDocument(num-offsets[i], func(name string, typ byte, val []byte, _ []uint64) bool {
			if !slices.Contains(fields, name) {
				return true
			}
			var v interface{}
			switch typ {
			case 't':
				v = string(val)
			case 'n':
				i64, err := numeric.PrefixCoded(val).Int64()
				if err != nil {
					derr = fmt.Errorf("stored %s of %s: %w", name, h.ID, err)
					return false
				}
				v = numeric.Int64ToFloat64(i64)
			default:
				return true // no other type is stored
			}
			switch old := m[name].(type) {
			case nil:
				m[name] = v
			case []interface{}:
				m[name] = append(old, v)
			default:
				m[name] = []interface{}{old, v}
			}
			return true
		})
		if err == nil {
			err = derr
		}
		if err != nil {
			return fmt.Errorf("load %s: %w", h.ID, err)
		}
		h.Fields = m
	}
	return nil
}

// sortSearch returns the index of the last offset not above num.
func sortSearch(offsets []uint64, num uint64) int {
	lo, hi := 0, len(offsets)
	for lo < hi {
		mid := (lo + hi) / 2
		if offsets[mid] > num {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo - 1
}

func init() {
	// Bleve runs a disjunction of more than DisjunctionHeapTakeover
	// clauses (a word and its synonyms often are) as a heap, and adds the
	// scores of the clauses a record matches in the order they leave the
	// heap, which depends on the records met before: with three clauses
	// matching, a record's score differed in its last bit between two
	// indexes of one corpus merged differently, and between a search that
	// walks every match and one that skips (prune.go), so ties on score
	// came in a different order. The slice form adds them in clause order
	// whatever came before.
	searcher.DisjunctionHeapTakeover = math.MaxInt
}
