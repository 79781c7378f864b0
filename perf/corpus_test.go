package perf

import (
	"context"
	"slices"
	"testing"

	"planbot/corpus"
)

// TestSyntheticExtracts checks that the synthetic reports extract into the
// number of items asked for: every numbered point is a provision and every
// attributed paragraph a statement.
func TestSyntheticExtracts(t *testing.T) {
	for _, n := range []int{1, 37, 500} {
		store, err := writeStore(context.Background(), t.TempDir(), n, 7)
		if err != nil {
			t.Fatal(err)
		}
		docs := store.Documents()
		seed := 0
		for _, d := range docs {
			if d.Source.Outlet != "Synthetic Wire" {
				seed += len(d.Provisions) + len(d.Statements)
			}
		}
		// Exact today; a 1% margin lets extraction rules evolve without
		// breaking the benchmark, which reports the count it indexed.
		if got := countItems(docs) - seed; got > n || float64(got) < 0.99*float64(n) {
			t.Errorf("%d items asked, %d extracted", n, got)
		}
	}
}

func TestExtraPassages(t *testing.T) {
	d := &corpus.Document{
		Provisions: []corpus.Provision{{ID: "p1", Text: "Both sides  would hold elections.", Position: 1}},
		Statements: []corpus.Statement{{ID: "s1", Text: "the talks went well", Position: 2}},
		Passages: []corpus.Passage{
			{ID: "g0", Text: "The draft lists these points.", Position: 0},
			{ID: "g1", Text: "Both sides would hold elections.", Position: 1},
			{ID: "g2", Text: "Anna Berger, the envoy, said that the talks went well.", Position: 2},
		},
	}
	var got []string
	for _, g := range extraPassages(d) {
		got = append(got, g.ID)
	}
	if want := []string{"g0", "g2"}; !slices.Equal(got, want) {
		t.Errorf("extra passages %v, want %v", got, want)
	}
}
