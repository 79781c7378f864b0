package index

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"planbot/corpus"
)

// TestFilterBitsAgree: for every filter the searches build (kinds,
// speaker, plan, topic, and the collections of a server or of none), the
// bitmaps accept exactly the records bleve's filter searcher yields.
func TestFilterBitsAgree(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{Dir: t.TempDir() + "/index"}, Synthetic(1500, 4))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	own := Synthetic(60, 8)
	for _, d := range own {
		d.Source.Guild, d.Source.ID = "g1", "own-"+d.Source.ID
	}
	// Several batches, so the index has several segments.
	for i := 0; i < len(own); i += 2 {
		if err := ix.Add(ctx, own[i:min(i+2, len(own))]...); err != nil {
			t.Fatal(err)
		}
	}
	plans, _ := ix.Suggest(ctx, "g1", corpus.FacetPlan, "", 2)
	speakers, _ := ix.Suggest(ctx, "g1", corpus.FacetSpeaker, "", 2)
	topics, _ := ix.Suggest(ctx, "g1", corpus.FacetTopic, "", 2)
	var qs []corpus.Query
	for _, guild := range []string{"", "g1", "g2"} {
		for _, k := range []corpus.Kind{"", corpus.KindProvision, corpus.KindStatement, corpus.KindPassage} {
			qs = append(qs, corpus.Query{Guild: guild, Kind: k},
				corpus.Query{Guild: guild, Kind: k, Plan: plans[0]},
				corpus.Query{Guild: guild, Kind: k, Speaker: speakers[1]},
				corpus.Query{Guild: guild, Kind: k, Topic: topics[0], Plan: plans[1]})
		}
	}
	snap := snapshot(t, ix)
	if len(snap.Segments()) < 2 {
		t.Fatalf("%d segments, want several", len(snap.Segments()))
	}
	for _, servers := range []bool{false, true} {
		for _, q := range qs {
			f := filters(q, true, servers)
			bits, ok, err := newSnapshotFilter(snap, f)
			if err != nil || !ok {
				t.Fatalf("%+v: bitmaps %v, %v", q, ok, err)
			}
			// Every record, and whether bleve's filter searcher yields it.
			all, err := query.NewMatchAllQuery().Searcher(ctx, snap, ix.im, search.SearcherOptions{Score: "none"})
			if err != nil {
				t.Fatal(err)
			}
			fs, err := f.Searcher(ctx, snap, ix.im, search.SearcherOptions{Score: "none"})
			if err != nil {
				t.Fatal(err)
			}
			sc := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(16, 0)}
			want := map[uint64]bool{}
			for d, err := fs.Next(sc); d != nil || err != nil; d, err = fs.Next(sc) {
				if err != nil {
					t.Fatal(err)
				}
				want[d.IndexInternalID.Value()] = true
			}
			n, yes := 0, 0
			for d, err := all.Next(sc); d != nil || err != nil; d, err = all.Next(sc) {
				if err != nil {
					t.Fatal(err)
				}
				n++
				if got := bits.has(d); got != want[d.IndexInternalID.Value()] {
					t.Fatalf("servers %v, %+v: record %d: bitmaps say %v", servers, q, d.IndexInternalID.Value(), got)
				}
				if want[d.IndexInternalID.Value()] {
					yes++
				}
			}
			if yes == 0 && q.Guild != "g2" && q.Topic == "" && q.Speaker == "" {
				t.Errorf("servers %v, %+v: no record passes (of %d)", servers, q, n)
			}
			_ = all.Close()
			_ = fs.Close()
		}
	}
}
