package index

import (
	"context"
	"testing"
)

// TestFieldRecords: each language's text field counts its own live
// records (the N of its IDF under perFieldIDF), other fields none, and a
// removed source's records leave its field's count.
func TestFieldRecords(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, smallPlanDocs())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	en, de := textField(analyzerFor("en")), textField(analyzerFor("de"))
	count := func(field string) uint64 {
		t.Helper()
		snap, done, err := ix.snapshot()
		if err != nil || snap == nil {
			t.Fatalf("snapshot: %v", err)
		}
		defer done()
		n, err := fieldRecords(ctx, snap, field, map[string]uint64{})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	cases := []struct {
		name, field string
		want        uint64
	}{
		{"english provisions", en, 3},
		{"german provisions", de, 2},
		{"a language with no record", textField(analyzerFor("ru")), 0},
		{"not a language field", fieldSourceTitle, 0},
		{"a keyword field", fieldKind, 0},
	}
	for _, c := range cases {
		if got := count(c.field); got != c.want {
			t.Errorf("%s: %s holds %d records, want %d", c.name, c.field, got, c.want)
		}
	}
	if err := ix.Remove(ctx, "alpine-de"); err != nil {
		t.Fatal(err)
	}
	if got := count(de); got != 0 {
		t.Errorf("after removing the German source %s holds %d records, want 0", de, got)
	}
	if got := count(en); got != 3 {
		t.Errorf("after removing the German source %s holds %d records, want 3", en, got)
	}
}
