package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"planbot/corpus"
	"planbot/perf"
)

// TestReadOnlyCommandKeepsIndex: a read-only command on a writable data
// dir without an index builds the on-disk index once, and later commands
// open it; with no data dir it searches in memory and creates nothing.
func TestReadOnlyCommandKeepsIndex(t *testing.T) {
	ctx := context.Background()
	data := filepath.Join(t.TempDir(), "data")
	store, err := corpus.OpenStore(filepath.Join(data, "docs"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Put([]byte("Report on the talks.\n\n1. Both parties exchange all prisoners of war.\n"), corpus.ParseOptions{Name: "r.md"}); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		a, err := openApp(ctx, data, "search", nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := a.index.Search(ctx, corpus.Query{Text: "prisoners", Limit: 5})
		if err != nil || len(res.Hits) == 0 {
			t.Errorf("open %d: search = %d hits, %v", i, len(res.Hits), err)
		}
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(data, "index", "index_meta.json")); err != nil {
			t.Fatalf("open %d: no on-disk index kept: %v", i, err)
		}
	}

	missing := filepath.Join(t.TempDir(), "none")
	a, err := openApp(ctx, missing, "search", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if res, err := a.index.Search(ctx, corpus.Query{Text: "prisoners", Limit: 5}); err != nil || len(res.Hits) == 0 {
		t.Errorf("seed search = %d hits, %v", len(res.Hits), err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("a read-only command created %s: %v", missing, err)
	}
}

// BenchmarkOpenApp opens a data dir of 5,000 synthetic items (250
// documents) as `planbot ask` does, answers one search and closes it. The
// vocabulary every process builds once is not in the loop: this is the
// part of a start that grows with the corpus.
func BenchmarkOpenApp(b *testing.B) {
	ctx := context.Background()
	data := filepath.Join(b.TempDir(), "data")
	if err := perf.WriteDataDir(ctx, data, 5000, 1); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		a, err := openApp(ctx, data, "ask", nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.index.Search(ctx, corpus.Query{Text: "nato", Kind: corpus.KindProvision, Limit: 5}); err != nil {
			b.Fatal(err)
		}
		if err := a.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
