package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestFillsPageBehindRelevantHits checks that an answered query's page is
// filled, behind the hits the relevance rule keeps, with fetched hits that
// share a word with it, while a query nothing answers stays unanswered.
func TestFillsPageBehindRelevantHits(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: Draft\noutlet: Test Wire\npublished: 2025-11-24\n---\nThe draft would cap the army of Ukraine at 600,000 troops.\n",
		"---\ntitle: Bridge\noutlet: Test Wire\npublished: 2025-11-24\n---\nVolunteers rebuilt the old railway bridge over the river near the border.\n",
		"---\ntitle: Weather\noutlet: Test Wire\npublished: 2025-11-24\n---\nSnow closed the airport in the capital for a day.\n",
	)
	for _, c := range []struct {
		query string
		want  []string // in order; nil: nothing
	}{
		{"army cap 600,000 troops bridge", []string{"600,000", "railway bridge"}},
		{"troops capped at 600,000 near the bridge", []string{"600,000", "railway bridge"}},
		{"bitcoin price", nil},
		{"football on the bridge tonight", nil},
	} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: c.query, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.Text)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: hits %q, want %d: %q", c.query, got, len(c.want), c.want)
			continue
		}
		for i, w := range c.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%q: hit %d is %q, want %q", c.query, i+1, got[i], w)
			}
		}
	}
}
