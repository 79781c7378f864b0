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
	textPasses.Add(1)
	req.SortBy(scoreThenID)
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		req.Fields = fields
		return ix.idx.SearchInContext(ctx, req)
	}
	ctx = ix.searchContext(ctx, req)
	top := &topHits{size: req.Size + req.From, reader: snap, ids: newSnapshotIDs(snap, rankCacheDir(ix.dir))}
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

// topHits keeps the size best hits of a search in the order scoreThenID,
// as a heap whose root is the worst hit kept. Two hits of one segment with
// ID ranks (snapshotIDs.ranks: a large segment) and the same score are
// ordered by their ranks, which reads no stored field; other ties look
// up the hits' IDs, once each. So a search whose scores differ looks up
// only the IDs of the hits it returns (which bleve looks up anyway), and
// one whose matches tie by the thousand in a compacted index no more.
type topHits struct {
	size   int
	reader index.IndexReader
	ids    *snapshotIDs // when set, IDs are looked up through it
	pool   *search.DocumentMatchPool
	heap   []*search.DocumentMatch
	// segRanks holds each segment's ID ranks once asked for (rankRead).
	segRanks [][]uint32
	rankRead []bool
	last     int   // the segment of the last hit asked about
	err      error // the first failed ID look-up
	// spare is a copy offerCopy made that is no longer kept, to reuse.
	spare *search.DocumentMatch
}

// reset empties t before a search.
func (t *topHits) reset() {
	t.heap = make([]*search.DocumentMatch, 0, min(t.size, 64))
	if t.ids != nil {
		n := len(t.ids.segs)
		t.segRanks, t.rankRead = make([][]uint32, n), make([]bool, n)
	}
}

// segment returns the index of the segment of the document numbered num
// and its number there.
func (t *topHits) segment(num uint64) (int, uint64) {
	off := t.ids.offsets
	// Hits come mostly in document order: of the last one's segment.
	if i := t.last; i < len(off) && num >= off[i] && (i+1 == len(off) || num < off[i+1]) {
		return i, num - off[i]
	}
	i, local := t.ids.segmentOf(num)
	t.last = i
	return i, local
}

// segmentRanks returns the ID ranks of segment seg, nil when it has none.
func (t *topHits) segmentRanks(seg int) []uint32 {
	if !t.rankRead[seg] {
		t.segRanks[seg], t.rankRead[seg] = t.ids.ranks(seg), true
	}
	return t.segRanks[seg]
}

// threshold is the lowest score kept once the heap is full, -Inf before:
// a match scoring below it cannot rank, whatever its ID.
func (t *topHits) threshold() float64 {
	if t.size > 0 && len(t.heap) == t.size {
		return t.heap[0].Score
	}
	return math.Inf(-1)
}

// below reports whether a match scoring score cannot be kept: the heap is
// full and scores higher. It looks up nothing.
func (t *topHits) below(score float64) bool {
	return t.size <= 0 || len(t.heap) == t.size && score < t.heap[0].Score
}

// handler is a search.MakeDocumentMatchHandler: bleve's collector passes
// every match to the returned function, then nil when done.
func (t *topHits) handler(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	t.pool = sc.DocumentMatchPool
	t.reset()
	return func(d *search.DocumentMatch) error {
		switch {
		case d == nil:
		case !t.ranks(d):
			t.pool.Put(d)
		default:
			if out := t.keep(d); out != nil {
				t.pool.Put(out)
			}
		}
		return t.err
	}, false, nil
}

// ranks reports whether d would rank among the hits kept.
func (t *topHits) ranks(d *search.DocumentMatch) bool {
	if t.size <= 0 {
		return false
	}
	return len(t.heap) < t.size || d.Score >= t.heap[0].Score && t.worse(t.heap[0], d)
}

// keep adds d, which ranks, and returns the hit it pushed out (nil for
// none).
func (t *topHits) keep(d *search.DocumentMatch) *search.DocumentMatch {
	if len(t.heap) < t.size {
		t.heap = append(t.heap, d)
		t.up(len(t.heap) - 1)
		return nil
	}
	out := t.heap[0]
	t.heap[0] = d
	t.down(0)
	return out
}

// worse reports whether a ranks below b: a lower score, or the same score
// and a greater ID.
func (t *topHits) worse(a, b *search.DocumentMatch) bool {
	if a.Score != b.Score {
		return a.Score < b.Score
	}
	if t.ids != nil {
		sa, na := t.segment(a.IndexInternalID.Value())
		sb, nb := t.segment(b.IndexInternalID.Value())
		if sa == sb {
			if ranks := t.segmentRanks(sa); ranks != nil {
				return ranks[na] > ranks[nb]
			}
		}
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

func (t *topHits) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !t.worse(t.heap[i], t.heap[p]) {
			return
		}
		t.heap[i], t.heap[p] = t.heap[p], t.heap[i]
		i = p
	}
}

func (t *topHits) down(i int) {
	for {
		w := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < len(t.heap) && t.worse(t.heap[c], t.heap[w]) {
				w = c
			}
		}
		if w == i {
			return
		}
		t.heap[i], t.heap[w] = t.heap[w], t.heap[i]
		i = w
	}
}

// results returns the hits kept, best first, without the first skip, each
// with its ID.
func (t *topHits) results(skip int) (search.DocumentMatchCollection, error) {
	hits := search.DocumentMatchCollection(t.heap)
	slices.SortFunc(hits, func(a, b *search.DocumentMatch) int {
		switch {
		case t.worse(b, a):
			return -1
		case t.worse(a, b):
			return 1
		}
		return 0
	})
	for _, d := range hits {
		t.id(d)
	}
	if t.err != nil {
		return nil, t.err
	}
	if skip >= len(hits) {
		return search.DocumentMatchCollection{}, nil
	}
	hits = hits[skip:]
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
