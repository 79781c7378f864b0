package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"planbot/perf"
)

// BenchmarkIngest is `planbot ingest` end to end (read, parse, store,
// index, catalogue) of the synthetic corpus into a fresh data dir, for
// profiling the ingest path:
//
//	go test ./cmd/planbot -run '^$' -bench BenchmarkIngest -benchtime 1x -cpuprofile /tmp/ingest.cpu
//
// PLANBOT_BENCH_ITEMS sets the items (default 10,000).
func BenchmarkIngest(b *testing.B) {
	n := 10000
	if s := os.Getenv("PLANBOT_BENCH_ITEMS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("PLANBOT_BENCH_ITEMS: %v", err)
		}
		n = v
	}
	docs := filepath.Join(b.TempDir(), "in")
	if _, err := perf.WriteDocs(docs, n, 1); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range b.N {
		data := filepath.Join(b.TempDir(), "data"+strconv.Itoa(i))
		env, out, errb := testEnv(nil)
		if code := run(context.Background(), env, []string{"ingest", "-q", "--data", data, docs}); code != 0 {
			b.Fatalf("ingest exit %d: %s", code, errb.String())
		}
		if !strings.Contains(out.String(), "Index is up to date") {
			b.Fatalf("ingest did not index: %s", out.String())
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "items/s")
}
