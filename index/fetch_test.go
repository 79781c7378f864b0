package index

import (
	"context"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"planbot/corpus"
)

// TestRunMatchesBleve checks that run finds the hits bleve's own
// SearchInContext finds when sorting by score then ID (scoreThenID), in the
// same order with the same scores, totals
// and stored fields, on an on-disk index of several segments with deleted
// records (replaced and removed documents), where a hit's document number
// must be mapped to the right segment.
func TestRunMatchesBleve(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	ix, err := Open(ctx, Options{Dir: t.TempDir() + "/index"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// One Add per few documents: one segment each until scorch merges.
	for i := 0; i < len(docs); i += 3 {
		if err := ix.Add(ctx, docs[i:min(i+3, len(docs))]...); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Add(ctx, Synthetic(300, 7)...); err != nil {
		t.Fatal(err)
	}
	// Deleted records inside segments: a replaced and a removed document.
	if err := ix.Add(ctx, docs[0]); err != nil {
		t.Fatal(err)
	}
	if err := ix.Remove(ctx, docs[1].Source.ID); err != nil {
		t.Fatal(err)
	}
	adv, err := ix.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := r.(*scorch.IndexSnapshot); !ok {
		t.Fatalf("reader is %T, want a scorch snapshot (run's own loading)", r)
	}
	r.Close()
	// Within a segment hits tie by their IDs' ranks (ids.go), across
	// segments by the IDs: both, then the ranks alone once compacted.
	t.Run("segments", func(t *testing.T) { checkRunMatchesBleve(t, ix) })
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	t.Run("compacted", func(t *testing.T) { checkRunMatchesBleve(t, ix) })
}

// checkRunMatchesBleve compares run with bleve on the queries of
// testdata/queries.json and BenchQueries, exact and fuzzy.
func checkRunMatchesBleve(t *testing.T, ix *Index) {
	ctx := context.Background()
	var cases []queryCase
	js, err := os.ReadFile("testdata/queries.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &cases); err != nil {
		t.Fatal(err)
	}
	texts := append([]string(nil), BenchQueries...)
	for _, c := range cases {
		texts = append(texts, c.Query)
	}
	als := ix.analyzersInUse()
	compared, ties := 0, 0
	for _, text := range texts {
		text = normalizeQuery(text)
		qts := ix.queryTerms(als, text)
		if len(qts) == 0 {
			continue
		}
		ex, err := ix.knownTerms(ctx, als, qts)
		if err != nil {
			t.Fatal(err)
		}
		for _, fuzzy := range []bool{false, true} {
			tq := ix.textQuery(text, "", als, ex.phrases, ex.boost, ex.topics, false)
			if fuzzy {
				tq = ix.fuzzyQuery(als, qts, ex.known, ex.swaps)
			}
			newReq := func() *bleve.SearchRequest {
				req, err := ix.request(ctx, tq, filters(corpus.Query{}, false, false), 40)
				if err != nil {
					t.Fatal(err)
				}
				return req
			}
			got, err := ix.run(ctx, newReq(), hitFields(als))
			if err != nil {
				t.Fatalf("run %q: %v", text, err)
			}
			req := newReq()
			req.Fields = hitFields(als)
			req.SortBy(scoreThenID)
			want, err := ix.idx.SearchInContext(ctx, req)
			if err != nil {
				t.Fatalf("bleve %q: %v", text, err)
			}
			if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
				t.Fatalf("%q (fuzzy %v): %d hits of %d, bleve %d of %d", text, fuzzy, len(got.Hits), got.Total, len(want.Hits), want.Total)
			}
			// run and bleve both rank by score, ties by ID: the same
			// hits in the same order, at the end of the page too.
			for i := range got.Hits {
				g, w := got.Hits[i], want.Hits[i]
				if g.ID != w.ID || g.Score != w.Score {
					t.Fatalf("%q (fuzzy %v) hit %d: %s %v, bleve %s %v", text, fuzzy, i, g.ID, g.Score, w.ID, w.Score)
				}
				if !reflect.DeepEqual(g.Fields, w.Fields) {
					t.Fatalf("%q hit %s fields:\n%v\nbleve:\n%v", text, g.ID, g.Fields, w.Fields)
				}
				if i > 0 && g.Score == got.Hits[i-1].Score {
					ties++
				}
			}
			compared += len(got.Hits)
		}
	}
	t.Logf("%d hits compared, %d ties; %d flat walks, %d skipped", compared, ties, flatRuns.Load(), flatSkips.Load())
	if compared < 500 || ties < 100 {
		t.Fatalf("only %d hits compared, %d ties on score", compared, ties)
	}
}

// TestListNewestFirst checks that a search by filters alone lists the
// records newest first, as the date (a keyword of the ISO date) sorts.
func TestListNewestFirst(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, append(testDocs(t), Synthetic(200, 3)...))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	plan := Synthetic(1, 3)[0].Source.Plan
	for _, q := range []corpus.Query{{Kind: corpus.KindStatement, Plan: plan, Limit: 100}, {Kind: corpus.KindProvision, Plan: plan, Limit: 100}} {
		res, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) < 10 {
			t.Fatalf("%s: %d hits, want at least 10", q.Kind, len(res.Hits))
		}
		dates := map[string]bool{}
		for i, h := range res.Hits {
			if h.Date == "" {
				t.Fatalf("%s: hit %s has no date", q.Kind, h.ID)
			}
			dates[h.Date] = true
			if i > 0 && h.Date > res.Hits[i-1].Date {
				t.Fatalf("%s: hit %d dated %s after one dated %s", q.Kind, i, h.Date, res.Hits[i-1].Date)
			}
		}
		if len(dates) < 2 {
			t.Fatalf("%s: one date only, the order is not tested", q.Kind)
		}
	}
}
