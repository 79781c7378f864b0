package perf

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/corpus"
	"planbot/index"
)

// benchItems sizes the synthetic corpus of the benchmarks below:
//
//	go test ./perf -run '^$' -bench . -perf.items 100000 -cpuprofile cpu.out
var benchItems = flag.Int("perf.items", 10000, "synthetic provisions and statements the benchmarks index")

// benchDir keeps the fixtures between runs: building a 100k-item data
// dir and its baseline takes a minute of both cores, which a profile of
// the serving path would otherwise pay (and show) every time.
//
//	go test ./perf -run '^$' -bench Router -perf.items 100000 -perf.dir /tmp/perf-fixtures
var benchDir = flag.String("perf.dir", "", "directory keeping the benchmarks' data dirs between runs (\"\": a fresh temporary one each run)")

// fixture is a benchmark's data dir: the stored corpus, planbot's index
// over it and the plain bleve baseline over the same texts.
type fixture struct {
	store *corpus.Store
	docs  []*corpus.Document
	ix    *index.Index
	plain *plainBleve
	qs    []string
}

// newFixture builds the data dir in b.TempDir(), or reuses the one kept
// in -perf.dir; withIndexes false leaves the indexes out (for the
// indexing benchmarks).
func newFixture(b *testing.B, withIndexes bool) *fixture {
	b.Helper()
	ctx := context.Background()
	dir, kept := b.TempDir(), false
	if *benchDir != "" {
		dir = filepath.Join(*benchDir, fmt.Sprintf("items-%d", *benchItems))
		_, err := os.Stat(filepath.Join(dir, fixtureDone))
		kept = err == nil
		if !kept {
			if err := os.RemoveAll(dir); err != nil {
				b.Fatal(err)
			}
		}
	}
	var store *corpus.Store
	var err error
	if kept {
		store, err = corpus.OpenStore(filepath.Join(dir, "data", "docs"))
	} else {
		store, err = writeStore(ctx, filepath.Join(dir, "data"), *benchItems, 1)
	}
	if err != nil {
		b.Fatal(err)
	}
	f := &fixture{store: store, docs: store.Documents(), qs: queries(1200, 1)}
	if !withIndexes && (kept || *benchDir == "") {
		return f
	}
	// The catalogue's open reads no document when the index is up to
	// date, as a server's start does.
	if f.ix, err = index.OpenCatalogue(ctx, index.Options{Dir: filepath.Join(dir, "data", "index")}, store); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { f.ix.Close() })
	plainDir := filepath.Join(dir, "plain")
	if kept {
		idx, err := bleve.Open(plainDir)
		if err != nil {
			b.Fatal(err)
		}
		f.plain = &plainBleve{idx: idx}
	} else if f.plain, err = openPlain(plainDir); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { f.plain.close() })
	if !kept {
		for start := 0; start < len(f.docs); start += chunkDocs {
			if err := f.plain.add(f.docs[start:min(start+chunkDocs, len(f.docs))]); err != nil {
				b.Fatal(err)
			}
		}
		// Merged as Run merges both before searching them.
		if err := f.ix.Compact(ctx); err != nil {
			b.Fatal(err)
		}
		if err := f.plain.compact(ctx); err != nil {
			b.Fatal(err)
		}
		if *benchDir != "" {
			if err := os.WriteFile(filepath.Join(dir, fixtureDone), nil, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	return f
}

// fixtureDone marks a data dir in -perf.dir as complete: a run stopped
// while building one leaves it unmarked, and the next builds it again.
const fixtureDone = "complete"

// BenchmarkSearch is index.Search, everything an answer needs, over the
// generated queries.
func BenchmarkSearch(b *testing.B) {
	f := newFixture(b, true)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := f.ix.Search(ctx, corpus.Query{Text: f.qs[i%len(f.qs)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkBleveMatch is the plain bleve baseline over the same queries.
func BenchmarkBleveMatch(b *testing.B) {
	f := newFixture(b, true)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := f.plain.search(ctx, f.qs[i%len(f.qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkIndex adds the whole corpus to a fresh on-disk planbot index,
// a chunk of documents per Add as Run does.
func BenchmarkIndex(b *testing.B) {
	f := newFixture(b, false)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		ix, err := index.Open(ctx, index.Options{Dir: filepath.Join(b.TempDir(), "index")}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for start := 0; start < len(f.docs); start += chunkDocs {
			if err := ix.Add(ctx, f.docs[start:min(start+chunkDocs, len(f.docs))]...); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(countItems(f.docs)*b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkBleveIndex is the plain bleve baseline of BenchmarkIndex.
func BenchmarkBleveIndex(b *testing.B) {
	f := newFixture(b, false)
	for b.Loop() {
		b.StopTimer()
		p, err := openPlain(filepath.Join(b.TempDir(), "plain"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for start := 0; start < len(f.docs); start += chunkDocs {
			if err := p.add(f.docs[start:min(start+chunkDocs, len(f.docs))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		p.close()
		b.StartTimer()
	}
	b.ReportMetric(float64(countItems(f.docs)*b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkOpen is what a fresh `planbot ask` does before it answers,
// in-process so it can be profiled: open the data dir's document store and
// its on-disk index (which checks the index against every document), then
// answer one search.
//
//	go test ./perf -run '^$' -bench Open -benchtime 5x -cpuprofile cpu.out
func BenchmarkOpen(b *testing.B) {
	f := newFixture(b, true)
	dataDir := filepath.Dir(f.store.Dir())
	// The fresh open needs the index to itself.
	if err := f.ix.Close(); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		store, err := corpus.OpenStore(filepath.Join(dataDir, "docs"))
		if err != nil {
			b.Fatal(err)
		}
		ix, err := index.Open(ctx, index.Options{Dir: filepath.Join(dataDir, "index")}, store.Documents())
		if err != nil {
			b.Fatal(err)
		}
		if r, err := ix.Search(ctx, corpus.Query{Text: "nato", Kind: corpus.KindProvision}); err != nil || len(r.Hits) == 0 {
			b.Fatalf("search after open: %d hits, %v", len(r.Hits), err)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTTP is the interactions endpoint over the real index of the
// synthetic corpus (bot/httpapi's BenchmarkSignedCommands uses a fake
// searcher): signed mixed interactions, /compare and autocompletes
// included, from 4 clients per core over loopback, each answer checked.
// "cached" is the router as served, keeping search answers for one index
// generation (the mix cycles through 512 interactions, so most are asked
// again); "uncached" runs every command's searches.
//
//	go test ./perf -run '^$' -bench HTTP -benchtime 5000x -cpuprofile cpu.out
func BenchmarkHTTP(b *testing.B) {
	f := newFixture(b, true)
	ins := mixedInteractions(512, 1, f.qs)
	for _, cached := range []bool{true, false} {
		name := "cached"
		if !cached {
			name = "uncached"
		}
		b.Run(name, func(b *testing.B) { benchHTTP(b, f, ins, cached) })
	}
}

func benchHTTP(b *testing.B, f *fixture, ins []interaction, cached bool) {
	e, err := newEndpoint(f.ix, f.store, 64, cached, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer e.close()
	ctx := context.Background()
	sig := e.presign(ins)
	var mu sync.Mutex
	var lat []time.Duration
	b.SetParallelism(4)
	b.ResetTimer()
	cpu0 := cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for i := 0; pb.Next(); i++ {
			t0 := time.Now()
			if _, err := e.send(ctx, sig, i%len(ins)); err != nil {
				b.Error(err)
				return
			}
			mine = append(mine, time.Since(t0))
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	cpu := cpuTime() - cpu0
	b.StopTimer()
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/b.Elapsed().Seconds(), "req/s")
	b.ReportMetric(percentile(lat, 0.50), "p50_ms")
	b.ReportMetric(percentile(lat, 0.99), "p99_ms")
	// CPU per request (server and clients together) does not depend on how
	// busy the shared machine is, unlike req/s.
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(lat)), "cpu_us/req")
}

// BenchmarkRouter is BenchmarkHTTP's mix answered by the router alone, on
// one goroutine: no HTTP, JSON or signatures, so a profile shows what the
// commands themselves cost. "uncached" keeps no search answers.
//
//	go test ./perf -run '^$' -bench Router -benchtime 3000x -perf.items 100000 -cpuprofile cpu.out
func BenchmarkRouter(b *testing.B) {
	f := newFixture(b, true)
	var is []*discordgo.Interaction
	for _, in := range mixedInteractions(512, 1, f.qs) {
		var i discordgo.Interaction
		if err := json.Unmarshal(in.body, &i); err != nil {
			b.Fatal(err)
		}
		is = append(is, &i)
	}
	ctx := context.Background()
	for _, keep := range []int{0, -1} {
		name := "cached"
		if keep < 0 {
			name = "uncached"
		}
		b.Run(name, func(b *testing.B) {
			r := bot.New(bot.Config{Searcher: f.ix, Library: f.store, CachedAnswers: keep})
			// The commands run on this goroutine, kept on one thread: its
			// CPU time leaves out the collector's background work and
			// other processes, so it moves least on a busy machine.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			cpu0, thread0 := cpuTime(), threadCPUTime()
			i := 0
			for b.Loop() {
				if resp := r.RespondInteraction(ctx, is[i%len(is)]); resp == nil {
					b.Fatal("no answer")
				}
				i++
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu_us/cmd")
			b.ReportMetric(float64((threadCPUTime()-thread0).Microseconds())/float64(b.N), "thread_us/cmd")
		})
	}
}
