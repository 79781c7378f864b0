package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

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
	gc0, busy0 := cpuClasses()
	cpu0 := processCPU()
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
	// CPU seconds (getrusage) are steadier than wall time on a shared
	// machine. The runtime's own CPU classes count a P as busy while its
	// thread waits for a core, so only their ratio is used: the
	// collector's share, which says what the GC setting (ingest_gc.go)
	// buys.
	gc1, busy1 := cpuClasses()
	cpu := (processCPU() - cpu0) / float64(b.N)
	b.ReportMetric(cpu, "cpu-s/op")
	if busy1 > busy0 {
		b.ReportMetric(cpu*(gc1-gc0)/(busy1-busy0), "gc-cpu-s/op")
	}
}

// cpuClasses returns the runtime's estimate of the CPU seconds spent so
// far by the collector and by the process in all (idle excluded).
func cpuClasses() (gc, busy float64) {
	s := []metrics.Sample{
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
		{Name: "/cpu/classes/total:cpu-seconds"},
		{Name: "/cpu/classes/idle:cpu-seconds"},
	}
	metrics.Read(s)
	return s[0].Value.Float64(), s[1].Value.Float64() - s[2].Value.Float64()
}

// processCPU is the user and system CPU seconds the process used so far.
func processCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
