package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestSkipSameAsWalk checks that a search skipping the matches that cannot
// rank (flat.go's skipper) returns the hits, scores and totals of one that
// scores every match, for small pages over a corpus where common words
// and synonyms match thousands of records: ranked searches (Search) and
// shared ones (SearchAll), on an index of several segments and compacted.
func TestSkipSameAsWalk(t *testing.T) {
	ctx := context.Background()
	texts := append([]string{"nato", "prisoners exchange", "negotiations in geneva", "frozen assets",
		"security guarantees for ukraine", "talks", "sanctions relief"}, BenchQueries...)
	for _, compact := range []bool{false, true} {
		ix := diskIndex(t, Synthetic(8000, 3), compact)
		before := flatSkips.Load()
		for _, text := range texts {
			for _, limit := range []int{1, 5} {
				qs := []corpus.Query{
					{Text: text, Limit: limit},
					{Text: text, Kind: corpus.KindProvision, Limit: limit},
					{Text: text, Kind: corpus.KindStatement, Limit: limit, Offset: 2},
				}
				flatSkipping = false
				want := searchEach(ctx, t, ix, qs)
				flatSkipping = true
				sameAsBefore(ctx, t, ix, qs, want)
			}
		}
		flatSkipping = true
		if n := flatSkips.Load() - before; n < 20 {
			t.Errorf("compacted %v: %d searches skipped matches, want the common words to", compact, n)
		}
	}
}

// sameResults fails t unless got and want hold the same total and hits.
func sameResults(t *testing.T, what string, q corpus.Query, got, want corpus.Results) {
	t.Helper()
	if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
		t.Fatalf("%s %+v: %d hits of %d, without skipping %d of %d", what, q, len(got.Hits), got.Total, len(want.Hits), want.Total)
	}
	for i := range got.Hits {
		if g, w := got.Hits[i], want.Hits[i]; g.ID != w.ID || g.Score != w.Score {
			t.Fatalf("%s %+v hit %d: %s %v, without skipping %s %v", what, q, i, g.ID, g.Score, w.ID, w.Score)
		}
	}
}

// searchEach runs every query of qs on ix, one Search each: the answers a
// switched-off optimisation must reproduce.
func searchEach(ctx context.Context, t *testing.T, ix *Index, qs []corpus.Query) []corpus.Results {
	t.Helper()
	want := make([]corpus.Results, len(qs))
	for i, q := range qs {
		r, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r
	}
	return want
}

// sameAsBefore checks that Search and SearchAll now answer qs with want.
func sameAsBefore(ctx context.Context, t *testing.T, ix *Index, qs []corpus.Query, want []corpus.Results) {
	t.Helper()
	shared, err := ix.SearchAll(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range qs {
		got, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		sameResults(t, "Search", q, got, want[i])
		sameResults(t, "SearchAll", q, shared[i], want[i])
	}
}
