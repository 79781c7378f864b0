package perf

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"go.uber.org/zap"

	"planbot/corpus"
	"planbot/index"
)

// Options configure Run. Zero values are the documented defaults.
type Options struct {
	// Items is the number of synthetic provisions and statements (half
	// each); defaults to 10,000. The seed corpus is indexed beside them.
	Items int
	// Queries is the number of distinct generated queries; defaults to
	// 1,200 (at least 1,000 are always used).
	Queries int
	// Rounds is how many times each query is timed on each side; defaults
	// to 1.
	Rounds int
	// Seed picks the corpus and the queries; defaults to 1.
	Seed uint64
	// HTTPDuration is how long the interactions endpoint is loaded;
	// defaults to 10 s. Tests shorten it.
	HTTPDuration time.Duration
	// Concurrency is the number of HTTP clients; defaults to
	// 4×GOMAXPROCS, so the server is never idle waiting for a client.
	Concurrency int
	// Exe is the planbot binary run to measure start-up (cmd passes
	// os.Executable()); "" skips the measure and reports -1.
	Exe string
	// Dir is where the data dir and the baseline index are built; it must
	// be empty or missing. "" uses a temporary directory removed
	// afterwards.
	Dir string
	// ServingGC, when set, is called before the interactions endpoint is
	// loaded and the function it returns after: cmd/planbot passes the
	// collector setting `planbot serve` and `planbot http` run with, so
	// the served figures are a server's.
	ServingGC func() (restore func())
	// Logger receives progress; nil logs nothing.
	Logger *zap.Logger
}

// Latency is the timing of one side of the search head-to-head.
type Latency struct {
	P50 float64 `json:"p50_ms"`
	P99 float64 `json:"p99_ms"`
	// ZeroHit counts queries that returned no hit.
	ZeroHit int `json:"zero_hit"`
	// CPUMS is the mean process CPU time per query: on a busy shared
	// machine it moves far less than the wall-clock percentiles.
	CPUMS float64 `json:"cpu_ms"`
}

// Result is what `planbot bench --json` prints (DESIGN.md's contract, plus
// a few extra fields that explain the figures).
type Result struct {
	// Items is the number of provisions and statements indexed: the
	// synthetic ones and the seed's.
	Items int `json:"items"`
	// Passages counts the other paragraphs, searchable too (DESIGN): the
	// baseline indexes them beside the items, as planbot does.
	Passages int `json:"passages"`
	Queries  int `json:"queries"`
	// Search is index.Search: everything an answer needs.
	Search Latency `json:"search"`
	// BleveMatch is a match query on the plain bleve index, size 10, with
	// stored fields and highlighting.
	BleveMatch            Latency `json:"bleve_match"`
	IndexItemsPerSec      float64 `json:"index_items_per_s"`
	BleveIndexItemsPerSec float64 `json:"bleve_index_items_per_s"`
	// IndexMB and BleveIndexMB are the sizes of the two indexes on disk,
	// merged.
	IndexMB      float64 `json:"index_mb"`
	BleveIndexMB float64 `json:"bleve_index_mb"`
	// RSSMB is the peak resident set of the bench process.
	RSSMB float64 `json:"rss_mb"`
	// OpenMS and OpenRSSMB are a fresh `planbot ask` answering
	// "/provision nato" from the data dir: the median wall time and the
	// highest peak resident set of three runs; -1 when Options.Exe was
	// empty.
	OpenMS    float64 `json:"open_ms"`
	OpenRSSMB float64 `json:"open_rss_mb"`
	// OpenCPUMS is the median CPU time (user and system) of those runs:
	// on a loaded machine the wall time mostly says how long the process
	// waited for a core.
	OpenCPUMS float64 `json:"open_cpu_ms"`
	// OpenRuns are those runs in order. The first opens the data dir
	// just as ingest leaves it (the catalogue settled after indexing, the
	// segment files' cached pages dropped by the writer); open_rss_mb
	// keeps the highest peak of the runs.
	OpenRuns []OpenRun  `json:"open_runs,omitempty"`
	HTTP     HTTPResult `json:"http"`
	// Notes say what was skipped or needs care in reading the figures.
	Notes []string `json:"notes,omitempty"`
}

// OpenRun is one fresh process's start-up: wall time, peak resident set
// and CPU time.
type OpenRun struct {
	MS    float64 `json:"ms"`
	RSSMB float64 `json:"rss_mb"`
	CPUMS float64 `json:"cpu_ms"`
}

// chunkDocs is how many documents (of 20 items) one index.Add (and one
// baseline batch) receives, as ingest hands over a folder at a time.
const chunkDocs = 500

// openRuns is how many fresh processes the start-up measure runs.
const openRuns = 3

// minQueries is the least number of distinct queries a run times.
const minQueries = 1000

// Run builds the synthetic data dir and the plain bleve baseline, then
// measures indexing, search, serving and start-up (see the package doc).
func Run(ctx context.Context, opts Options) (Result, error) {
	opts = opts.withDefaults()
	log := opts.Logger
	res := Result{OpenMS: -1, OpenRSSMB: -1, OpenCPUMS: -1}
	load0 := loadAverage()
	root := opts.Dir
	if root == "" {
		tmp, err := os.MkdirTemp("", "planbot-bench-")
		if err != nil {
			return res, fmt.Errorf("bench temp dir: %w", err)
		}
		defer os.RemoveAll(tmp)
		root = tmp
	} else if entries, err := os.ReadDir(root); err == nil && len(entries) > 0 {
		return res, fmt.Errorf("bench dir %s is not empty: indexing would be measured over what it holds", root)
	}
	dataDir := filepath.Join(root, "data")

	log.Info("writing synthetic corpus", zap.Int("items", opts.Items), zap.String("data", dataDir))
	store, err := writeStore(ctx, dataDir, opts.Items, opts.Seed)
	if err != nil {
		return res, err
	}
	docs := store.Documents()
	res.Items = countItems(docs)
	res.Passages = countPassages(docs)

	ix, err := index.Open(ctx, index.Options{Dir: filepath.Join(dataDir, "index"), Logger: log.Named("index")}, nil)
	if err != nil {
		return res, fmt.Errorf("open bench index: %w", err)
	}
	defer func() {
		if ix != nil {
			_ = ix.Close()
		}
	}()
	plainDir := filepath.Join(root, "plain-bleve")
	plain, err := openPlain(plainDir)
	if err != nil {
		return res, err
	}
	defer plain.close()

	log.Info("indexing", zap.Int("items", res.Items))
	ixTime, plainTime, err := indexBoth(ctx, ix, plain, docs)
	if err != nil {
		return res, err
	}
	res.IndexItemsPerSec = float64(res.Items) / ixTime.Seconds()
	res.BleveIndexItemsPerSec = float64(res.Items) / plainTime.Seconds()
	// Both indexes are merged before they are searched, as planbot ingest
	// merges its index after a bulk load: a server serves the segments a
	// data dir holds, not those of an interrupted background merge, and
	// the baseline gets the same. Merging is not part of the indexing
	// rates.
	log.Info("merging both indexes")
	if err := ix.Compact(ctx); err != nil {
		return res, err
	}
	if err := plain.compact(ctx); err != nil {
		return res, err
	}
	res.IndexMB = dirMB(filepath.Join(dataDir, "index"))
	res.BleveIndexMB = dirMB(plainDir)
	// Searches are timed on a settled process, as a server's are: the bulk
	// build's garbage is collected and handed back now, not by the
	// background scavenger while queries run.
	debug.FreeOSMemory()

	qs := queries(opts.Queries, opts.Seed)
	res.Queries = len(qs)
	log.Info("timing searches", zap.Int("queries", len(qs)), zap.Int("rounds", opts.Rounds))
	if res.Search, res.BleveMatch, err = headToHead(ctx, ix, plain, qs, opts.Rounds); err != nil {
		return res, err
	}

	log.Info("loading the interactions endpoint", zap.Duration("for", opts.HTTPDuration), zap.Int("clients", opts.Concurrency))
	ins := mixedInteractions(512, opts.Seed, qs)
	restoreGC := func() {}
	if opts.ServingGC != nil {
		restoreGC = opts.ServingGC()
	}
	if res.HTTP, err = loadHTTP(ctx, ix, store, ins, opts.HTTPDuration, opts.Concurrency, true, log.Named("http")); err != nil {
		return res, err
	}
	// The same load with every command's searches run: what the served
	// figures owe to the answers the router keeps.
	log.Info("loading the interactions endpoint, no answers kept", zap.Duration("for", opts.HTTPDuration))
	uncached, err := loadHTTP(ctx, ix, store, ins, opts.HTTPDuration, opts.Concurrency, false, log.Named("http"))
	if err != nil {
		return res, err
	}
	res.HTTP.Uncached = &uncached
	restoreGC()

	// The fresh process needs the index to itself: bleve's on-disk index
	// takes a lock that would send it to an in-memory rebuild.
	err = ix.Close()
	ix = nil
	if err != nil {
		return res, fmt.Errorf("close bench index: %w", err)
	}
	res.RSSMB = peakRSSMB()
	// As planbot ingest does once it has indexed: the catalogue settles
	// the files written last, so every fresh process, the first too,
	// trusts them by their stat.
	if err := store.SaveCatalogue(); err != nil {
		return res, fmt.Errorf("settle bench catalogue: %w", err)
	}
	if opts.Exe == "" {
		res.Notes = append(res.Notes, "open_ms and open_rss_mb not measured: no planbot binary given")
	} else {
		log.Info("timing a fresh process", zap.String("exe", opts.Exe))
		// The median of three runs: one start on a busy machine can be
		// delayed by anything.
		var runs, cpus []float64
		for range openRuns {
			ms, rss, cpu, err := measureOpen(ctx, opts.Exe, dataDir)
			if err != nil {
				return res, err
			}
			runs = append(runs, ms)
			cpus = append(cpus, cpu)
			res.OpenRuns = append(res.OpenRuns, OpenRun{MS: ms, RSSMB: rss, CPUMS: cpu})
			res.OpenRSSMB = max(res.OpenRSSMB, rss)
		}
		slices.Sort(runs)
		slices.Sort(cpus)
		res.OpenMS = runs[len(runs)/2]
		res.OpenCPUMS = cpus[len(cpus)/2]
	}
	if load0 != "" {
		res.Notes = append(res.Notes, fmt.Sprintf("%d CPUs; load average %s at the start, %s at the end", runtime.NumCPU(), load0, loadAverage()))
	}
	if res.HTTP.Deferred > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%d commands took longer than the reply budget and were deferred", res.HTTP.Deferred))
	}
	return res, nil
}

// indexBoth gives both indexes the same documents, a chunk at a time as
// ingest does, and returns the time each spent in its indexing calls.
func indexBoth(ctx context.Context, ix *index.Index, plain *plainBleve, docs []*corpus.Document) (ixTime, plainTime time.Duration, err error) {
	for start := 0; start < len(docs); start += chunkDocs {
		chunk := docs[start:min(start+chunkDocs, len(docs))]
		d, err := timeIt(func() error { return ix.Add(ctx, chunk...) })
		if err != nil {
			return 0, 0, fmt.Errorf("bench index add: %w", err)
		}
		ixTime += d
		if d, err = timeIt(func() error { return plain.add(chunk) }); err != nil {
			return 0, 0, err
		}
		plainTime += d
	}
	return ixTime, plainTime, nil
}

func (o Options) withDefaults() Options {
	if o.Items <= 0 {
		o.Items = 10000
	}
	if o.Queries < minQueries {
		o.Queries = 1200
	}
	if o.Rounds <= 0 {
		o.Rounds = 1
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.HTTPDuration <= 0 {
		o.HTTPDuration = 10 * time.Second
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4 * runtime.GOMAXPROCS(0)
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	return o
}

// headToHead times every query once per round on each side, alternating
// which side goes first so neither always meets warm caches the other
// left, after an untimed warm-up on both.
func headToHead(ctx context.Context, ix *index.Index, plain *plainBleve, qs []string, rounds int) (full, base Latency, err error) {
	planbot := func(q string) (int, error) {
		r, err := ix.Search(ctx, corpus.Query{Text: q})
		if err != nil {
			return 0, fmt.Errorf("search %q: %w", q, err)
		}
		return len(r.Hits), nil
	}
	baseline := func(q string) (int, error) { return plain.search(ctx, q) }
	for _, q := range qs[:min(len(qs), 50)] {
		if _, err := planbot(q); err != nil {
			return full, base, err
		}
		if _, err := baseline(q); err != nil {
			return full, base, err
		}
	}
	var ft, bt []time.Duration
	var fcpu, bcpu time.Duration
	for r := range rounds {
		for i, q := range qs {
			if err := ctx.Err(); err != nil {
				return full, base, err
			}
			sides := []struct {
				run  func(string) (int, error)
				took *[]time.Duration
				cpu  *time.Duration
				lat  *Latency
			}{{planbot, &ft, &fcpu, &full}, {baseline, &bt, &bcpu, &base}}
			if (i+r)%2 == 1 {
				sides[0], sides[1] = sides[1], sides[0]
			}
			for _, s := range sides {
				c0, t0 := cpuTime(), time.Now()
				n, err := s.run(q)
				*s.took = append(*s.took, time.Since(t0))
				*s.cpu += cpuTime() - c0
				if err != nil {
					return full, base, err
				}
				if n == 0 && r == 0 {
					s.lat.ZeroHit++
				}
			}
		}
	}
	full.P50, full.P99 = latencies(ft)
	base.P50, base.P99 = latencies(bt)
	full.CPUMS = float64(fcpu.Microseconds()) / 1000 / float64(len(ft))
	base.CPUMS = float64(bcpu.Microseconds()) / 1000 / float64(len(bt))
	return full, base, nil
}

// keptNote says that the served figures keep search answers.
func keptNote(cached bool) string {
	if cached {
		return ", search answers kept per index generation"
	}
	return ""
}

// String is the human summary `planbot bench` prints.
func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d items and %d other paragraphs, %d distinct queries\n", r.Items, r.Passages, r.Queries)
	fmt.Fprintf(&b, "indexing      planbot %8.0f items/s (%.1f MiB)   plain bleve %8.0f items/s (%.1f MiB)\n",
		r.IndexItemsPerSec, r.IndexMB, r.BleveIndexItemsPerSec, r.BleveIndexMB)
	fmt.Fprintf(&b, "search        planbot p50 %.2f ms p99 %.2f ms (%.2f ms CPU), %d without hits   plain bleve match p50 %.2f ms p99 %.2f ms (%.2f ms CPU), %d without hits\n",
		r.Search.P50, r.Search.P99, r.Search.CPUMS, r.Search.ZeroHit, r.BleveMatch.P50, r.BleveMatch.P99, r.BleveMatch.CPUMS, r.BleveMatch.ZeroHit)
	fmt.Fprintf(&b, "http          %.0f commands/s, p50 %.2f ms p99 %.2f ms, %d errors, %d deferred (%d commands, %d clients, %.2f ms CPU each)%s\n",
		r.HTTP.CmdsPerSec, r.HTTP.P50, r.HTTP.P99, r.HTTP.Errors, r.HTTP.Deferred, r.HTTP.Commands, r.HTTP.Concurrency, r.HTTP.CPUMSPerCmd, keptNote(r.HTTP.CachedAnswers))
	if u := r.HTTP.Uncached; u != nil {
		fmt.Fprintf(&b, "http uncached %.0f commands/s, p50 %.2f ms p99 %.2f ms, %d errors, %d deferred (%d commands, %.2f ms CPU each), every search run\n",
			u.CmdsPerSec, u.P50, u.P99, u.Errors, u.Deferred, u.Commands, u.CPUMSPerCmd)
	}
	names := make([]string, 0, len(r.HTTP.ByCommand))
	for n := range r.HTTP.ByCommand {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		c := r.HTTP.ByCommand[n]
		fmt.Fprintf(&b, "  %-24s %6d  p50 %7.2f ms  p99 %7.2f ms\n", n, c.Count, c.P50, c.P99)
	}
	if r.OpenMS >= 0 {
		fmt.Fprintf(&b, "start-up      %.0f ms (%.0f ms CPU), peak RSS %.0f MiB (planbot ask %q)", r.OpenMS, r.OpenCPUMS, r.OpenRSSMB, OpenCommand)
		for i, o := range r.OpenRuns {
			fmt.Fprintf(&b, "; run %d: %.0f ms, %.0f MiB", i+1, o.MS, o.RSSMB)
		}
		b.WriteString("\n")
	} else {
		fmt.Fprintf(&b, "start-up      not measured\n")
	}
	fmt.Fprintf(&b, "bench process peak RSS %.0f MiB", r.RSSMB)
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "\nnote: %s", n)
	}
	return b.String()
}
