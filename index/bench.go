package index

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"planbot/corpus"
)

// BenchOptions configure Bench.
type BenchOptions struct {
	// Items is the size of the synthetic corpus.
	Items int
	// Dir holds the index; "" measures an in-memory index.
	Dir string
	// Rounds is how many times every query of BenchQueries is timed;
	// 0 means DefaultBenchRounds.
	Rounds int
}

// Latency is a latency distribution in milliseconds.
type Latency struct {
	P50 float64 `json:"p50_ms"`
	P99 float64 `json:"p99_ms"`
}

// BenchResult is what `planbot bench --json` prints.
type BenchResult struct {
	Items      int     `json:"items"`
	Search     Latency `json:"search"`
	BleveMatch Latency `json:"bleve_match"`
	// IndexItemsPerSec counts provisions and statements added per second,
	// from the first batch to the last one persisted.
	IndexItemsPerSec float64 `json:"index_items_per_s"`
	// RSSMB is the peak resident set of the process (VmHWM), in MiB.
	RSSMB float64 `json:"rss_mb"`
}

// DefaultBenchRounds times every query of BenchQueries often enough that
// a p99 rests on at least 1,000 searches (and 10 of them are above it).
var DefaultBenchRounds = (1000 + len(BenchQueries) - 1) / len(BenchQueries)

// benchChunkDocs is how many synthetic documents (of 20 records) Bench
// hands to one Add.
const benchChunkDocs = 500

// Bench builds an index of Synthetic(opts.Items) and measures indexing
// throughput, the latency of Search (everything an answer needs: synonyms,
// relevance rule, stored fields, highlighted snippets) and, on the same
// index, of a plain bleve match query on the English text returning the
// top 10 IDs.
//
// Deprecated: Bench times a plain match query on planbot's own index and
// fixed queries drawn from the corpus's word lists; perf.Run is the fair
// head-to-head `planbot bench` reports. Bench stays until the CLI calls
// perf.Run.
func Bench(ctx context.Context, opts BenchOptions) (BenchResult, error) {
	res := BenchResult{Items: opts.Items}
	rounds := opts.Rounds
	if rounds <= 0 {
		rounds = DefaultBenchRounds
	}
	ix, err := Open(ctx, Options{Dir: opts.Dir}, nil)
	if err != nil {
		return res, err
	}
	defer ix.Close()
	// Documents are generated and added a chunk at a time, as ingest adds
	// them; the time counted is Add's only.
	var spent time.Duration
	var chunk []*corpus.Document
	add := func() {
		if err != nil || len(chunk) == 0 {
			return
		}
		start := time.Now()
		err = ix.Add(ctx, chunk...)
		spent += time.Since(start)
		chunk = chunk[:0]
	}
	generate(opts.Items, 1, func(d *corpus.Document) {
		if chunk = append(chunk, d); len(chunk) == benchChunkDocs {
			add()
		}
	})
	add()
	if err != nil {
		return res, err
	}
	res.IndexItemsPerSec = float64(opts.Items) / spent.Seconds()
	// Searches are timed on a settled process, as a server's are: the
	// garbage of the bulk build is collected and its memory handed back
	// now, not by the runtime's background scavenger while queries run
	// (on two cores it took a tenth of the CPU during the timing).
	debug.FreeOSMemory()

	plain := func(text string) error {
		mq := query.NewMatchQuery(text)
		mq.SetField(textField(analyzerFor(defaultLang)))
		_, err := ix.idx.SearchInContext(ctx, bleve.NewSearchRequest(mq))
		return err
	}
	full := func(text string) error {
		_, err := ix.Search(ctx, corpus.Query{Text: text})
		return err
	}
	for _, q := range BenchQueries { // warm up caches and the query path
		if err := full(q); err != nil {
			return res, err
		}
		if err := plain(q); err != nil {
			return res, err
		}
	}
	var fullT, plainT []time.Duration
	for r := 0; r < rounds; r++ {
		for _, q := range BenchQueries {
			if err := ctx.Err(); err != nil {
				return res, err
			}
			t := time.Now()
			if err := full(q); err != nil {
				return res, err
			}
			fullT = append(fullT, time.Since(t))
			t = time.Now()
			if err := plain(q); err != nil {
				return res, err
			}
			plainT = append(plainT, time.Since(t))
		}
	}
	res.Search = latency(fullT)
	res.BleveMatch = latency(plainT)
	res.RSSMB = peakRSSMB()
	return res, nil
}

func latency(ds []time.Duration) Latency {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(p float64) float64 {
		i := int(p * float64(len(ds)-1))
		return float64(ds[i].Microseconds()) / 1000
	}
	return Latency{P50: at(0.50), P99: at(0.99)}
}

// peakRSSMB reads the process's peak resident set from /proc (Linux); 0
// elsewhere.
func peakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}

// String is a readable one-line summary.
func (r BenchResult) String() string {
	return fmt.Sprintf("%d items: index %.0f items/s; search p50 %.2f ms p99 %.2f ms; bleve match p50 %.2f ms p99 %.2f ms; peak RSS %.0f MiB",
		r.Items, r.IndexItemsPerSec, r.Search.P50, r.Search.P99, r.BleveMatch.P50, r.BleveMatch.P99, r.RSSMB)
}
