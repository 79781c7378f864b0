package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"planbot/corpus"
)

// SearchAll answers several queries and returns, for each, what Search
// would: the same hits, scores, snippets and totals. Queries that share
// their text and server and differ only in their filters (kind, plan,
// speaker, topic) and pages are answered in one pass over the index: the
// text query runs once and every match is counted and ranked in the group
// of each query whose filter it passes. /compare asks for the provisions of
// every version of the plan that way, and /provision for its points and
// the statements about them; one pass costs about what one of the searches
// it replaces does, since walking the text's postings is most of a search.
// Other queries are answered one by one.
//
// The queries weighed against the reports (rankreports.go) share the pass
// with the passage search they are weighed against (sharedWithReports).
func (ix *Index) SearchAll(ctx context.Context, qs []corpus.Query) ([]corpus.Results, error) {
	if out, ok, err := ix.sharedWithReports(ctx, qs); err != nil {
		return out, err
	} else if ok {
		for i, q := range qs {
			if out[i], err = ix.fallback(ctx, q, out[i]); err != nil { // as Search does
				return nil, err
			}
		}
		return out, nil
	}
	out := make([]corpus.Results, len(qs))
	for i, q := range qs {
		r, err := ix.Search(ctx, q)
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

// sharedQuery is one query of a shared pass and its answer so far.
type sharedQuery struct {
	q             corpus.Query
	limit, offset int
	filter        query.Query
	res           corpus.Results
	done          bool
	// key is the ranking keys of res's best relevant hit, as search sets
	// them, for weighing the records against the reports (rankreports.go).
	key answerKey
	// size is the fetch size of its pass when not fetchSize's: the
	// wider one of a second exact pass (see widen).
	size int
	// keep is how many hits the exact pass collects when more than it
	// fetches: those of the wider fetch widen may ask for next. The
	// first are the fetch (first); the others (extra) wait, without their
	// fields, so that widening costs no second walk of the postings.
	keep  int
	first *bleve.SearchResult
	extra search.DocumentMatchCollection
	// typed is the query's words as typed, analysed once for every
	// pass's ranking (Index.resultsTyped).
	typed []queryTerm
	// clean are the first hits as the pass returned them: ranking them
	// (Index.results) changes their scores and marks, so the wider fetch
	// starts again from these.
	clean []search.DocumentMatch
}

// sharedAnswer is a query's answer from one fetch and its best hit's keys.
type sharedAnswer struct {
	res corpus.Results
	key answerKey
}

// collect is how many hits g's pass ranks: its fetch, or more kept.
func (g *sharedQuery) collect() int { return max(g.fetch(), g.keep) }

// page returns the fetch of g from the hits its pass collected (best
// first), with their fields loaded from snap, and keeps the hits beyond
// the fetch in g.extra.
func (g *sharedQuery) page(snap *scorch.IndexSnapshot, req *bleve.SearchRequest, hits search.DocumentMatchCollection, total uint64, fields []string) (*bleve.SearchResult, error) {
	n := min(len(hits), g.fetch())
	g.extra = hits[n:]
	hits = hits[:n:n]
	if err := loadFields(snap, hits, fields); err != nil {
		return nil, err
	}
	g.first = &bleve.SearchResult{Request: req, Hits: hits, Total: total}
	g.clean = g.clean[:0]
	if g.keep > 0 {
		for _, h := range hits {
			g.clean = append(g.clean, *h)
		}
	}
	return g.first, nil
}

// fetch is how many hits g's pass asks for.
func (g *sharedQuery) fetch() int {
	if g.size > 0 {
		return g.size
	}
	return fetchSize(g.limit, g.offset)
}

// searchShared runs search's steps once for all of qs, the filters and
// pages apart, and returns each query's answer and its best hit's ranking
// keys (as search sets them; not weighed against the reports); ok is false when qs cannot share a pass (fewer than two,
// different texts or servers, sources, no text, or a query without any
// filter, whose text query bleve would score without the filter's
// wrapping), and the caller answers them one by one.
func (ix *Index) searchShared(ctx context.Context, qs []corpus.Query) ([]corpus.Results, []answerKey, bool, error) {
	if len(qs) < 2 {
		return nil, nil, false, nil
	}
	for _, q := range qs {
		if q.Text != qs[0].Text || q.Guild != qs[0].Guild || q.Kind == corpus.KindSource {
			return nil, nil, false, nil
		}
	}
	text := normalizeQuery(qs[0].Text)
	als := ix.analyzersInUse()
	servers := ix.hasServers()
	qterms := ix.queryTerms(als, text)
	if len(qterms) == 0 {
		return nil, nil, false, nil
	}
	gs := make([]*sharedQuery, len(qs))
	for i, q := range qs {
		g := &sharedQuery{q: q, limit: q.Limit, offset: max(q.Offset, 0), filter: filters(q, false, servers),
			res: corpus.Results{Query: q.Text, Hits: []corpus.Hit{}}, typed: qterms}
		if g.limit <= 0 {
			g.limit = defaultLimit
		}
		g.limit = min(g.limit, maxLimit)
		if g.filter == nil {
			return nil, nil, false, nil
		}
		gs[i] = g
	}

	// One snapshot for every pass: the hits a pass keeps for the next
	// (sharedQuery.keep) are its documents.
	snap, done, err := ix.snapshot()
	if err != nil || snap == nil {
		return nil, nil, err != nil, err
	}
	defer done()

	ex, err := ix.knownTerms(ctx, als, qterms)
	if err != nil {
		return nil, nil, true, err
	}
	if t, ok, err := ix.respell(ctx, als, text, qterms, ex.known); err != nil { // as Search does
		return nil, nil, true, err
	} else if ok {
		text, qterms = t, ix.queryTerms(als, t)
		if ex, err = ix.knownTerms(ctx, als, qterms); err != nil {
			return nil, nil, true, err
		}
	}
	known, swaps, phrases := ex.known, ex.swaps, ex.phrases
	if share(known) >= 1-unknownShareLimit && !ix.atUnknownLimit(ctx, qterms, known) { // see halfknown.go
		cls := ix.classify(ctx, qterms)
		tq := ix.textQuery(retrievalText(text, qterms, cls), "", als, phrases, ex.boost, ex.topics, false)
		for _, g := range gs {
			if f := g.fetch(); f < widerFetch {
				g.keep = widerSize(f)
			}
		}
		srs, ok, err := ix.runShared(ctx, snap, tq, gs, hitFields(als))
		if err != nil || !ok {
			return nil, nil, ok, err
		}
		frames, framing := ix.namedFrames(qterms, cls) // as Search (framewords.go)
		var mark func(*search.DocumentMatch) markResult
		var wide []*sharedQuery
		var deep []*sharedQuery    // answered, looked at deeper (rankdeeper.go)
		var shallow []sharedAnswer // their first answers
		for i, g := range gs {
			sr := srs[i]
			fetched := len(sr.Hits)
			if frames != nil {
				more, err := ix.frameHits(ctx, tq, g.filter, frames, g.fetch(), als)
				if err != nil {
					return nil, nil, true, err
				}
				sr.Hits = withFrames(sr.Hits, more)
			}
			if len(sr.Hits) == 0 {
				continue
			}
			if mark == nil {
				m := ix.markTermsFor(als, text, qterms, phrases)
				m.addCognates(qterms, ex.held)          // as Search: an unknown word may be a cognate (cognate.go)
				counted := countedNumbers(text, qterms) // see pointcount.go
				mark = func(h *search.DocumentMatch) markResult {
					return ix.withGenre(h, als, m, cls, withFrame(h, frames, framing, cls, ix.withTitle(h, als, m, cls, withoutCounted(h, als, qterms, counted, ix.mark(h, als, m)))))
				} // as Search
			}
			r := ix.resultsKeyed(g.res, sr, g.q.Kind, als, g.limit, g.offset, mark, cls, g.typed, &g.key)
			if n, more := widen(g.fetch(), len(r.Hits), fetched, sr.Total); more {
				// the relevance rule emptied the page and more matches
				// exist: Search fetches again, wider, and so does the
				// second pass below for every such query at once
				g.size = n
				wide = append(wide, g)
				continue
			}
			if len(r.Hits) > 0 || !slices.Contains(known, false) {
				g.res, g.done = r, true
			}
			if g.done && deeperWanted(g.key, cls, known, g.fetch(), fetched, sr.Total) { // see rankdeeper.go
				deep = append(deep, g)
				shallow = append(shallow, sharedAnswer{g.res, g.key})
				g.size = ix.deeperSize(g.fetch())
			}
		}
		if err := ix.widenShared(ctx, snap, tq, wide, als, mark, cls, known, frames); err != nil {
			return nil, nil, true, err
		}
		// The deeper look of rankdeeper.go: the deeper page is kept only
		// when its best hit matches more of the query's words.
		if err := ix.widenShared(ctx, snap, tq, deep, als, mark, cls, known, frames); err != nil {
			return nil, nil, true, err
		}
		for i, g := range deep {
			if !g.done || !deeperBetter(g.key, shallow[i].key) {
				g.res, g.key = shallow[i].res, shallow[i].key
			}
			g.done = true
		}
	}
	var rest []*sharedQuery
	for _, g := range gs {
		if !g.done {
			g.size, g.keep, g.first, g.extra, g.clean = 0, 0, nil, nil, nil // fetchSize, as Search's fuzzy fetch
			rest = append(rest, g)
		}
	}
	if len(rest) > 0 {
		qterms, known, swaps = ix.withoutFrames(ctx, qterms, known, swaps)
		fq := ix.fuzzyQuery(als, qterms, known, swaps)
		srs, ok, err := ix.runShared(ctx, snap, fq, rest, hitFields(als))
		if err != nil || !ok {
			return nil, nil, ok, err
		}
		m := ix.markTermsFor(als, text, qterms, nil)
		m.addNear(qterms, known)
		mark := func(h *search.DocumentMatch) markResult { return ix.mark(h, als, m) }
		for i, g := range rest {
			g.res = ix.resultsKeyed(g.res, srs[i], g.q.Kind, als, g.limit, g.offset, mark, nil, g.typed, &g.key)
		}
	}
	out := make([]corpus.Results, len(gs))
	keys := make([]answerKey, len(gs))
	for i, g := range gs {
		out[i], keys[i] = g.res, g.key
	}
	return out, keys, true, nil
}

// sharedWidens counts the queries widenShared fetched again, for tests
// to see that the second pass is exercised.
var sharedWidens atomic.Int64

// widenShared is Search's second, wider exact fetch (see widen) for the
// queries of wide: each keeps the relevant hits of its wider fetch, or is
// left for the fuzzy pass as Search leaves it. The exact pass kept the
// wider fetch's hits (sharedQuery.keep), so this loads the fields of the
// ones past the first fetch, and walks no postings again.
func (ix *Index) widenShared(ctx context.Context, snap *scorch.IndexSnapshot, tq query.Query, wide []*sharedQuery, als []string, mark func(*search.DocumentMatch) markResult, cls []termClass, known []bool, frames []string) error {
	if len(wide) == 0 {
		return nil
	}
	sharedWidens.Add(int64(len(wide)))
	fields := hitFields(als)
	var again []*sharedQuery // those whose pass kept fewer: asked again
	srs := make([]*bleve.SearchResult, len(wide))
	for i, g := range wide {
		if g.keep != g.size || g.first == nil {
			again = append(again, g)
			continue
		}
		if err := loadFields(snap, g.extra, fields); err != nil {
			return err
		}
		hits := make(search.DocumentMatchCollection, 0, len(g.clean)+len(g.extra))
		for j := range g.clean {
			hits = append(hits, &g.clean[j])
		}
		srs[i] = &bleve.SearchResult{Request: g.first.Request, Hits: append(hits, g.extra...), Total: g.first.Total}
	}
	if len(again) > 0 {
		got, ok, err := ix.runShared(ctx, snap, tq, again, fields)
		if err != nil {
			return err
		}
		j := 0
		for i, g := range wide {
			if srs[i] != nil {
				continue
			}
			if !ok {
				one, err := ix.search(ctx, g.q, &g.key) // weighed by the caller
				if err != nil {
					return err
				}
				g.res, g.done = one, true
				continue
			}
			srs[i] = got[j]
			j++
		}
	}
	for i, g := range wide {
		if srs[i] == nil {
			continue // answered alone
		}
		if frames != nil { // as Search's wider fetch (framewords.go)
			more, err := ix.frameHits(ctx, tq, g.filter, frames, g.fetch(), als)
			if err != nil {
				return err
			}
			srs[i].Hits = withFrames(srs[i].Hits, more)
		}
		r := ix.resultsKeyed(g.res, srs[i], g.q.Kind, als, g.limit, g.offset, mark, cls, g.typed, &g.key)
		if len(r.Hits) > 0 || !slices.Contains(known, false) {
			g.res, g.done = r, true
		}
	}
	return nil
}

// snapshot opens a reader of the index for the passes of a shared search;
// nil when the index is not scorch's (the queries are then asked one by
// one). done closes it.
func (ix *Index) snapshot() (*scorch.IndexSnapshot, func(), error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, nil, fmt.Errorf("index reader: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, nil, fmt.Errorf("index reader: %w", err)
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		_ = r.Close()
		return nil, nil, nil
	}
	return snap, func() { _ = r.Close() }, nil
}

// runShared runs text once and returns, for each query of gs, what run
// would return for ix.request(text, its filter, its fetch size): the
// matches passing its filter, counted, and the best of them with their
// fields. The searcher is built as bleve builds that request's (a filter
// around a boolean query around a conjunction of text), so every score is
// the same bits; only the filter differs, and a filter never scores. ok is
// false when that cannot be done (an index that is not scorch's, or a text
// query that matches nothing, which bleve turns into "every record of the
// filter").
func (ix *Index) runShared(ctx context.Context, snap *scorch.IndexSnapshot, text query.Query, gs []*sharedQuery, fields []string) ([]*bleve.SearchResult, bool, error) {
	size := 0
	for _, g := range gs {
		size = max(size, g.collect())
	}
	textPasses.Add(1)
	// The request of the first query: its synonyms and statistics are
	// those of every query's (filters read no synonyms).
	req, err := ix.request(ctx, text, gs[0].filter, size)
	if err != nil {
		return nil, true, err
	}
	ctx = ix.searchContext(ctx, req)
	if out, ok, err := ix.runSharedFlat(ctx, snap, req, text, gs, fields); ok || err != nil {
		return out, true, err
	}
	opts := search.SearcherOptions{Score: req.Score}
	must, err := query.NewConjunctionQuery([]query.Query{text}).Searcher(ctx, snap, ix.im, opts)
	if err != nil {
		return nil, true, fmt.Errorf("search: %w", err)
	}
	if _, none := must.(*searcher.MatchNoneSearcher); none {
		_ = must.Close()
		return nil, false, nil
	}
	bs, err := searcher.NewBooleanSearcher(ctx, snap, must, nil, nil, opts)
	if err != nil {
		_ = must.Close()
		return nil, true, fmt.Errorf("search: %w", err)
	}
	sh := &sharedHits{groups: make([]sharedGroup, len(gs))}
	ids := newSnapshotIDs(snap, rankCacheDir(ix.dir))
	defer sh.close()
	for i, g := range gs {
		sh.groups[i] = sharedGroup{top: &topHits{size: g.collect(), reader: snap, ids: ids}}
		bits, ok, err := newSnapshotFilter(snap, g.filter)
		if err != nil {
			_ = bs.Close()
			return nil, true, fmt.Errorf("search filter: %w", err)
		}
		if ok {
			sh.groups[i].bits = bits
			continue
		}
		// As bleve's boolean query builds a filter's searcher: unscored.
		fs, err := g.filter.Searcher(ctx, snap, ix.im, search.SearcherOptions{Score: "none"})
		if err != nil {
			_ = bs.Close()
			return nil, true, fmt.Errorf("search filter: %w", err)
		}
		sh.groups[i].filter = fs
	}
	s := searcher.NewFilteringSearcher(ctx, bs, sh.accept)
	defer s.Close()
	ctx = context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(sh.handler))
	coll := collector.NewTopNCollector(size, 0, search.SortOrder{&search.SortScore{Desc: true}})
	if err := coll.Collect(ctx, s, snap); err != nil {
		return nil, true, err
	}
	if sh.err != nil {
		return nil, true, sh.err
	}
	out := make([]*bleve.SearchResult, len(gs))
	for i := range gs {
		gr := &sh.groups[i]
		hits, err := gr.top.results(0)
		if err != nil {
			return nil, true, err
		}
		if out[i], err = gs[i].page(snap, req, hits, gr.count, fields); err != nil {
			return nil, true, err
		}
	}
	return out, true, nil
}

// runSharedFlat is runShared's pass with the flat scorer (flat.go), when
// it applies to text and every query's filter has bitmaps; ok is false
// otherwise. req is the first query's request.
func (ix *Index) runSharedFlat(ctx context.Context, snap *scorch.IndexSnapshot, req *bleve.SearchRequest, text query.Query, gs []*sharedQuery, fields []string) ([]*bleve.SearchResult, bool, error) {
	if !flatScoring || req.Score != "" {
		return nil, false, nil
	}
	bits := make([]*snapshotFilter, len(gs))
	for i, g := range gs {
		b, ok, err := newSnapshotFilter(snap, g.filter)
		if err != nil || !ok {
			return nil, false, err
		}
		bits[i] = b
	}
	fts, _ := req.PreSearchData[search.SynonymPreSearchDataKey].(search.FieldTermSynonymMap)
	st, _ := req.PreSearchData[search.BM25PreSearchDataKey].(*search.BM25Stats)
	// The scored part as bleve's boolean query holds it (see runShared).
	m, err := ix.flatModelOf(ctx, snap, query.NewConjunctionQuery([]query.Query{text}), fts, st)
	if err != nil || m == nil {
		return nil, false, err
	}
	defer m.close()
	flatRuns.Add(1)
	ids := newSnapshotIDs(snap, rankCacheDir(ix.dir))
	// The walk serves each distinct collection once (twins, sharedtwins.go).
	uniq, of := sharedTwins(gs)
	groups := make([]sharedGroup, len(uniq))
	ubits := make([]*snapshotFilter, len(uniq))
	for u, i := range uniq {
		groups[u] = sharedGroup{top: &topHits{size: gs[i].collect(), reader: snap, ids: ids}}
		groups[u].top.reset()
		ubits[u] = bits[i]
	}
	// Each group skips by its own threshold (flatwalk.go).
	walks := make([]walkGroup, len(groups))
	for u := range groups {
		walks[u] = walkGroup{filter: ubits[u], threshold: groups[u].top.threshold}
	}
	d := &search.DocumentMatch{IndexInternalID: bleveindex.NewIndexInternalID(nil, 0)}
	// floor is the lowest of the groups' thresholds: a match scoring below
	// it ranks in no group (most of a walk's matches), so it is let go
	// without asking each group's filter and heap (sharedFloor).
	floor := sharedFloor(groups)
	counts, err := m.walk(ctx, snap, walks, func(doc uint64, s float64) error {
		if s < floor {
			return nil
		}
		d.IndexInternalID.SetValue(doc)
		d.Score, d.ID = s, ""
		for u := range groups {
			if !ubits[u].hasNum(doc) {
				continue
			}
			if err := groups[u].top.offerCopy(d); err != nil {
				return err
			}
		}
		floor = sharedFloor(groups)
		return nil
	})
	if err != nil {
		return nil, true, err
	}
	all := make([]search.DocumentMatchCollection, len(groups))
	for u := range groups {
		groups[u].count = counts[u]
		if all[u], err = groups[u].top.results(0); err != nil {
			return nil, true, err
		}
	}
	out := make([]*bleve.SearchResult, len(gs))
	for i := range gs {
		u := of[i]
		hits := all[u]
		if uniq[u] != i {
			hits = copyMatches(hits) // ranked apart: a copy of its own
		}
		if out[i], err = gs[i].page(snap, req, hits, groups[u].count, fields); err != nil {
			return nil, true, err
		}
	}
	return out, true, nil
}

// sharedFloor is the lowest threshold of groups (-Inf while one of them
// is not full, or keeps none): below it a match ranks in none of them,
// since each group's heap turns away a score below its threshold whatever
// the match's ID (topHits.ranks).
func sharedFloor(groups []sharedGroup) float64 {
	floor := math.Inf(1)
	for u := range groups {
		floor = min(floor, groups[u].top.threshold())
	}
	return floor
}

// sharedHits sorts the matches of a shared pass into the groups of the
// queries whose filters they pass, each group counting its matches and
// keeping its best in a topHits of its own.
type sharedHits struct {
	groups []sharedGroup
	// in is which groups the match last accepted (lastID) belongs to:
	// the filtering searcher asks accept about a match right before the
	// collector hands it to the handler.
	lastID bleveindex.IndexInternalID
	in     []bool
	err    error
}

// sharedGroup is one query's filter and what it has kept.
type sharedGroup struct {
	bits   *snapshotFilter // the filter's bitmaps, or nil: filter advances
	filter search.Searcher
	ref    *search.DocumentMatch // the filter's current match
	init   bool
	done   bool // the filter has no more matches
	count  uint64
	top    *topHits
}

// accept is the filtering searcher's test: whether the match passes any
// group's filter, advancing each filter to it as bleve's boolean query
// advances its one filter.
func (sh *sharedHits) accept(sc *search.SearchContext, d *search.DocumentMatch) bool {
	if sh.in == nil {
		sh.in = make([]bool, len(sh.groups))
	}
	passes := false
	for i := range sh.groups {
		if b := sh.groups[i].bits; b != nil {
			sh.in[i] = b.has(d)
		} else {
			sh.in[i] = sh.groups[i].member(sc, d.IndexInternalID, &sh.err)
		}
		passes = passes || sh.in[i]
	}
	sh.lastID = append(sh.lastID[:0], d.IndexInternalID...)
	return passes && sh.err == nil
}

// member reports whether the document id passes g's filter.
func (g *sharedGroup) member(sc *search.SearchContext, id bleveindex.IndexInternalID, errp *error) bool {
	if g.done {
		return false
	}
	var err error
	if !g.init {
		g.init = true
		if g.ref, err = g.filter.Next(sc); err != nil || g.ref == nil {
			g.done = true
			if *errp == nil && err != nil {
				*errp = fmt.Errorf("search filter: %w", err)
			}
			return false
		}
	}
	cmp := g.ref.IndexInternalID.Compare(id)
	if cmp < 0 {
		sc.DocumentMatchPool.Put(g.ref)
		if g.ref, err = g.filter.Advance(sc, id); err != nil || g.ref == nil {
			g.done = true
			if *errp == nil && err != nil {
				*errp = fmt.Errorf("search filter: %w", err)
			}
			return false
		}
		cmp = g.ref.IndexInternalID.Compare(id)
	}
	return cmp == 0
}

// offerCopy keeps a copy of d among t's top hits when it ranks there
// (each group of a shared search ranks its own copy), and returns the
// error of looking up an ID to break a tie. Only a match that ranks is
// copied.
func (t *topHits) offerCopy(d *search.DocumentMatch) error {
	if t.ranks(d) {
		// The copy a kept one pushes out makes the next copy.
		t.spare = t.keep(copyMatchInto(t.spare, d))
	}
	return t.err
}

// handler is a search.MakeDocumentMatchHandler: every accepted match is
// counted in its groups and offered to their top hits, as a copy of its
// own in each (a group's ranking changes a hit's score and fields), and
// the match goes back to the pool.
func (sh *sharedHits) handler(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	for i := range sh.groups {
		sh.groups[i].top.reset()
	}
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return sh.err
		}
		if !d.IndexInternalID.Equals(sh.lastID) {
			return fmt.Errorf("shared search: match %x was not the one filtered (%x)", d.IndexInternalID, sh.lastID)
		}
		for i := range sh.groups {
			if !sh.in[i] {
				continue
			}
			sh.groups[i].count++
			if err := sh.groups[i].top.offerCopy(d); err != nil {
				return err
			}
		}
		sc.DocumentMatchPool.Put(d)
		return sh.err
	}, false, nil
}

// close releases the groups' filter searchers.
func (sh *sharedHits) close() {
	for _, g := range sh.groups {
		if g.filter != nil {
			_ = g.filter.Close()
		}
	}
}

// copyMatch is what a kept hit needs of a pooled match: its document,
// score and ID (when looked up).
func copyMatch(d *search.DocumentMatch) *search.DocumentMatch {
	return copyMatchInto(nil, d)
}

// copyMatchInto is copyMatch reusing dst (nil for a new match), a copy no
// longer kept.
func copyMatchInto(dst, d *search.DocumentMatch) *search.DocumentMatch {
	if dst == nil {
		dst = &search.DocumentMatch{}
	}
	*dst = search.DocumentMatch{
		ID:              d.ID,
		IndexInternalID: append(dst.IndexInternalID[:0], d.IndexInternalID...),
		Score:           d.Score,
		HitNumber:       d.HitNumber,
		Index:           d.Index,
	}
	return dst
}
