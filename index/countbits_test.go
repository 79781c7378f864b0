package index

import (
	"context"
	"testing"
)

// TestCountByBitsIsTheSearchCount: the record count read from the
// segments' kind bitmaps is the count of a search matching every record,
// in one segment or several, with documents removed (their records
// deleted in the segments that hold them), and counts a passage that is
// also a provision once. A count that ignored the deleted documents, or
// added the kinds' counts instead of their union, fails here.
func TestCountByBitsIsTheSearchCount(t *testing.T) {
	ctx := context.Background()
	docs := append(testDocs(t), Synthetic(200, 5)...)
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	check := func(when string) {
		t.Helper()
		want, err := ix.countBySearch()
		if err != nil {
			t.Fatal(err)
		}
		got, ok, err := ix.countByBits()
		if err != nil || !ok || got != want {
			t.Fatalf("%s: countByBits = %d (ok %v, %v), the search counts %d", when, got, ok, err, want)
		}
		if n, err := ix.Count(); err != nil || n != want {
			t.Fatalf("%s: Count = %d, %v; want %d", when, n, err, want)
		}
	}
	check("opened")
	more := Synthetic(400, 11) // 20 documents
	for i := range more {
		more[i].Source.ID = "more-" + more[i].Source.ID
		if err := ix.Add(ctx, more[i]); err != nil { // one batch each: several segments
			t.Fatal(err)
		}
	}
	check("after adding 20 documents one by one")
	for _, d := range []string{more[0].Source.ID, more[7].Source.ID, docs[0].Source.ID} {
		if err := ix.Remove(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	check("after removing three")
}
