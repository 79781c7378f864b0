package index

import (
	"context"
	"reflect"
	"testing"

	"planbot/corpus"
)

// TestSearchAllMatchesSearch: each answer of SearchAll is exactly what
// Search gives the same query (hits, scores, snippets, totals), for the
// groups the bot asks for (the provisions of each plan, a page of
// provisions with the statements about them, kinds and pages), on queries
// that take the exact and the fuzzy paths, with and without a server's
// own documents in the index.
func TestSearchAllMatchesSearch(t *testing.T) {
	ctx := context.Background()
	docs := Synthetic(2000, 3)
	for _, withServer := range []bool{false, true} {
		ix, err := Open(ctx, Options{}, docs)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		guild := ""
		if withServer {
			own := Synthetic(40, 9)
			for _, d := range own {
				d.Source.Guild = "g1"
				d.Source.ID = "own-" + d.Source.ID
			}
			if err := ix.Add(ctx, own...); err != nil {
				t.Fatal(err)
			}
			guild = "g1"
		}
		plans, err := ix.Suggest(ctx, guild, corpus.FacetPlan, "", 25)
		if err != nil || len(plans) < 2 {
			t.Fatalf("plans %v, %v", plans, err)
		}
		speakers, err := ix.Suggest(ctx, guild, corpus.FacetSpeaker, "", 3)
		if err != nil || len(speakers) == 0 {
			t.Fatalf("speakers %v, %v", speakers, err)
		}
		texts := append([]string{"prisoners", "detainees", "what did kovalenko say", "zelenksy nato", "bitcoin", "negotiations"}, BenchQueries...)
		for _, text := range texts {
			var perPlan []corpus.Query
			for _, p := range plans {
				perPlan = append(perPlan, corpus.Query{Guild: guild, Text: text, Kind: corpus.KindProvision, Plan: p, Limit: 2})
			}
			sets := map[string][]corpus.Query{
				"plans": perPlan,
				"provision": {
					{Guild: guild, Text: text, Kind: corpus.KindProvision, Limit: 5},
					{Guild: guild, Text: text, Kind: corpus.KindStatement, Limit: 2},
				},
				// /provision with the passages it falls back to, which
				// collect what the passages weighed against do (twins).
				"provision_reports": {
					{Guild: guild, Text: text, Kind: corpus.KindProvision, Limit: 5},
					{Guild: guild, Text: text, Kind: corpus.KindStatement, Limit: 2},
					{Guild: guild, Text: text, Kind: corpus.KindPassage, Limit: 5},
				},
				"pages": {
					{Guild: guild, Text: text, Kind: corpus.KindProvision, Plan: plans[0], Limit: 5, Offset: 5},
					{Guild: guild, Text: text, Kind: corpus.KindPassage, Limit: 3, Offset: 1},
					{Guild: guild, Text: text, Kind: corpus.KindStatement, Speaker: speakers[0], Limit: 100},
				},
				"overlapping": {
					{Guild: guild, Text: text, Kind: corpus.KindProvision, Limit: 4},
					{Guild: guild, Text: text, Kind: corpus.KindProvision, Plan: plans[1], Limit: 4},
					{Guild: guild, Text: text, Limit: 10},
				},
			}
			for name, qs := range sets {
				got, err := ix.SearchAll(ctx, qs)
				if err != nil {
					t.Fatalf("%s %q: %v", name, text, err)
				}
				for i, q := range qs {
					want, err := ix.Search(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got[i], want) {
						t.Errorf("server %v, %s %q, query %d (%+v):\n got %+v\nwant %+v", withServer, name, text, i, q, got[i], want)
					}
				}
			}
		}
	}
	// A shared page that the relevance rule empties is fetched again,
	// wider, in a second shared pass; the comparison above covers it only
	// if some query took that path.
	if sharedWidens.Load() == 0 {
		t.Error("no query of the tables widened in a shared pass")
	}
	if sharedTwinHeaps.Load() == 0 {
		t.Error("no query of the tables shared another's heap (twins)")
	}
}
