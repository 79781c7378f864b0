package index

import (
	"context"
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
)

// run executes a ranked request (see request) and loads fields of its hits,
// as bleve's SearchInContext with req.Fields = fields would, with the same
// searcher and collector and so the same hits in the same order. It differs
// in how the fields are loaded: bleve finds each hit again by its external
// ID (a term look-up per hit) and turns every stored field of it into a
// document field before keeping the few asked for; run reads the stored
// fields of the hit's own segment and document number, in the snapshot the
// query ran on, and keeps only those asked for. Loading was a sixth of a
// search and half of what it allocated.
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
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		req.Fields = fields
		return ix.idx.SearchInContext(ctx, req)
	}
	// What SearchInContext puts in the context for the searchers: the
	// scoring model, the synonyms and the BM25 statistics.
	ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return ix.im.ScoringModel }))
	if fts, ok := req.PreSearchData[search.SynonymPreSearchDataKey].(search.FieldTermSynonymMap); ok {
		ctx = context.WithValue(ctx, search.FieldTermSynonymMapKey, fts)
	}
	if st, ok := req.PreSearchData[search.BM25PreSearchDataKey].(*search.BM25Stats); ok {
		ctx = context.WithValue(ctx, search.BM25StatsKey, st)
	}
	s, err := req.Query.Searcher(ctx, snap, ix.im, search.SearcherOptions{Score: req.Score})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	coll := collector.NewTopNCollector(req.Size, req.From, req.Sort)
	if err := coll.Collect(ctx, s, snap); err != nil {
		return nil, err
	}
	hits := coll.Results()
	if err := loadFields(snap, hits, fields); err != nil {
		return nil, err
	}
	return &bleve.SearchResult{Request: req, Hits: hits, Total: coll.Total(), MaxScore: coll.MaxScore()}, nil
}

// loadFields sets the Fields of each hit to its stored values of fields,
// typed as bleve's loading types them: text as a string, a number as a
// float64, and several values of one field as a []interface{}.
func loadFields(snap *scorch.IndexSnapshot, hits search.DocumentMatchCollection, fields []string) error {
	segs := snap.Segments()
	// A global document number is the segment's offset plus the number
	// within the segment; offsets count deleted documents too.
	offsets := make([]uint64, len(segs))
	var running uint64
	for i, s := range segs {
		offsets[i] = running
		running += s.Segment().Count()
	}
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
