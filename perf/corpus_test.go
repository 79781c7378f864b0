package perf

import (
	"context"
	"testing"
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
