package perf

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"testing"

	"planbot/corpus"
	"planbot/index"
)

// openHeapProfile names a file that BenchmarkOpenCatalogue writes the
// heap profile to, taken after a collection with the index still open:
// what a fresh `planbot ask` keeps once it has opened the data dir and
// answered (a -memprofile is written after the index is closed).
//
//	go test ./perf -run '^$' -bench OpenCatalogue -perf.items 100000 -perf.dir /tmp/fix -perf.heapprofile heap.out
//	go tool pprof -top -sample_index=inuse_space heap.out
var openHeapProfile = flag.String("perf.heapprofile", "", "file for the heap profile of an open index (BenchmarkOpenCatalogue)")

// openDataDir names a data dir BenchmarkOpenCatalogue opens instead of
// the synthetic one (say, a copy of one a planbot binary has opened: the
// store re-reads every document when another binary wrote its catalogue).
var openDataDir = flag.String("perf.data", "", "data dir BenchmarkOpenCatalogue opens (\"\": the synthetic corpus's)")

// BenchmarkOpenCatalogue is what a fresh `planbot ask` does before it
// answers (cmd/planbot's app): open the document store and the on-disk
// index from the store's catalogue, which reads no document when the index
// is up to date, then answer one /provision search. It reports the heap
// kept with the index open ("heap-MB", after a collection), the figure
// open_rss_mb follows.
func BenchmarkOpenCatalogue(b *testing.B) {
	ctx := context.Background()
	// The data dir alone (not newFixture's open index and baseline, whose
	// memory would be counted): a kept one from -perf.dir, else a new one.
	dataDir := filepath.Join(b.TempDir(), "data")
	if *benchDir != "" {
		dir := filepath.Join(*benchDir, fmt.Sprintf("items-%d", *benchItems))
		if _, err := os.Stat(filepath.Join(dir, fixtureDone)); err == nil {
			dataDir = filepath.Join(dir, "data")
		}
	}
	if *openDataDir != "" {
		dataDir = *openDataDir
	}
	if _, err := os.Stat(dataDir); err != nil {
		if err := WriteDataDir(ctx, dataDir, *benchItems, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	var heap uint64
	for b.Loop() {
		// As cmd/planbot's app opens a data dir.
		index.SetExpansionCache(filepath.Join(dataDir, "index"))
		index.Warm()
		store, err := corpus.OpenStore(filepath.Join(dataDir, "docs"))
		if err != nil {
			b.Fatal(err)
		}
		ix, err := index.OpenCatalogue(ctx, index.Options{Dir: filepath.Join(dataDir, "index")}, store)
		if err != nil {
			b.Fatal(err)
		}
		if r, err := ix.Search(ctx, corpus.Query{Text: "nato", Kind: corpus.KindProvision}); err != nil || len(r.Hits) == 0 {
			b.Fatalf("search after open: %d hits, %v", len(r.Hits), err)
		}
		b.StopTimer()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = ms.HeapInuse
		if *openHeapProfile != "" {
			out, err := os.Create(*openHeapProfile)
			if err != nil {
				b.Fatal(err)
			}
			if err := pprof.WriteHeapProfile(out); err != nil {
				b.Fatal(err)
			}
			if err := out.Close(); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
}
