package index

import (
	"context"
	"testing"
)

// TestSearchableCountFollowsTheIndex checks the rare-word rule's cached
// record count: the same as Count at every generation, so a document added
// after a search is counted by the next one (a cache that ignored the
// generation would keep the first figure).
func TestSearchableCountFollowsTheIndex(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	more := Synthetic(40, 7)
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	check := func(when string) {
		t.Helper()
		want, err := ix.Count()
		if err != nil {
			t.Fatal(err)
		}
		for range 2 { // the second answer comes from the cache
			got, err := ix.searchableCount()
			if err != nil || got != want {
				t.Fatalf("%s: searchableCount = %d, %v; want %d", when, got, err, want)
			}
		}
	}
	check("opened")
	if err := ix.Add(ctx, more...); err != nil {
		t.Fatal(err)
	}
	check("after adding 40 documents")
	if err := ix.Remove(ctx, more[0].Source.ID); err != nil {
		t.Fatal(err)
	}
	check("after removing one")
}
