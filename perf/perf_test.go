package perf

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// buildPlanbot builds the planbot binary for the start-up measure, or
// returns "" (the measure is skipped) in -short mode.
func buildPlanbot(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		return ""
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Logf("start-up not measured: %v", err)
		return ""
	}
	exe := filepath.Join(t.TempDir(), "planbot")
	out, err := exec.Command("go", "build", "-o", exe, "planbot/cmd/planbot").CombinedOutput()
	if err != nil {
		t.Fatalf("build planbot: %v\n%s", err, out)
	}
	return exe
}

// TestRunSmall runs the whole benchmark on 200 items with a short HTTP load
// and checks the JSON contract and that every figure was measured.
func TestRunSmall(t *testing.T) {
	exe := buildPlanbot(t)
	// The serving collector setting is applied once, around both loads.
	var applied, restored int
	servingGC := func() func() {
		applied++
		return func() { restored++ }
	}
	res, err := Run(context.Background(), Options{Items: 200, HTTPDuration: 1500 * time.Millisecond, Exe: exe, Dir: t.TempDir(), ServingGC: servingGC})
	if err != nil {
		t.Fatal(err)
	}
	if applied != 1 || restored != 1 {
		t.Errorf("serving GC setting applied %d times and restored %d, want once each", applied, restored)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	// DESIGN.md's contract for `planbot bench --json`.
	want := map[string][]string{
		"items": nil, "queries": nil, "search": {"p50_ms", "p99_ms", "zero_hit"},
		"bleve_match": {"p50_ms", "p99_ms", "zero_hit"}, "index_items_per_s": nil, "bleve_index_items_per_s": nil,
		"rss_mb": nil, "open_ms": nil, "open_rss_mb": nil, "http": {"cmds_per_s", "p50_ms", "p99_ms", "errors"},
	}
	for k, sub := range want {
		v, ok := got[k]
		if !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
			continue
		}
		for _, s := range sub {
			if _, ok := v.(map[string]any)[s]; !ok {
				t.Errorf("JSON lacks %s.%s: %s", k, s, b)
			}
		}
	}

	t.Logf("%s\n%s", res, b)
	if res.Items < 200 || res.Queries < 1000 {
		t.Errorf("items %d, queries %d", res.Items, res.Queries)
	}
	// Off-topic queries find nothing on either side; misspelt ones find
	// nothing in plain bleve, which has no fuzziness.
	if res.Search.ZeroHit == 0 || res.BleveMatch.ZeroHit == 0 || res.Search.ZeroHit >= res.Queries || res.BleveMatch.ZeroHit >= res.Queries {
		t.Errorf("zero hits: planbot %d, bleve %d of %d", res.Search.ZeroHit, res.BleveMatch.ZeroHit, res.Queries)
	}
	for name, v := range map[string]float64{
		"index_items_per_s": res.IndexItemsPerSec, "bleve_index_items_per_s": res.BleveIndexItemsPerSec,
		"search.p99": res.Search.P99, "bleve_match.p99": res.BleveMatch.P99, "rss_mb": res.RSSMB,
		"search.cpu_ms": res.Search.CPUMS, "bleve_match.cpu_ms": res.BleveMatch.CPUMS, "http.cpu_ms_per_cmd": res.HTTP.CPUMSPerCmd,
		"http.cmds_per_s": res.HTTP.CmdsPerSec, "http.p99": res.HTTP.P99, "http.go_mem_mb": res.HTTP.GoMemMB,
	} {
		if !(v > 0) {
			t.Errorf("%s = %v, want > 0", name, v)
		}
	}
	if res.HTTP.Errors != 0 || res.HTTP.Commands < 10 {
		t.Errorf("http: %d errors in %d commands", res.HTTP.Errors, res.HTTP.Commands)
	}
	if exe != "" && (res.OpenMS <= 0 || res.OpenRSSMB <= 0 || res.OpenCPUMS <= 0) {
		t.Errorf("open: %v ms %v MiB %v ms CPU", res.OpenMS, res.OpenRSSMB, res.OpenCPUMS)
	}
	if exe != "" && len(res.OpenRuns) != openRuns {
		t.Errorf("open: %d runs reported, want %d", len(res.OpenRuns), openRuns)
	}
	for i, o := range res.OpenRuns {
		if o.RSSMB > res.OpenRSSMB || o.MS <= 0 {
			t.Errorf("open run %d: %+v beside the peak %v MiB", i+1, o, res.OpenRSSMB)
		}
	}
	if exe == "" && (res.OpenMS != -1 || len(res.Notes) == 0) {
		t.Errorf("open not skipped: %v ms, notes %q", res.OpenMS, res.Notes)
	}
	for _, line := range []string{"indexing", "search", "http", "start-up"} {
		if !strings.Contains(res.String(), line) {
			t.Errorf("String lacks %q:\n%s", line, res)
		}
	}
}

// TestPlainBleveIsSeparate checks that the baseline is bleve's default
// mapping over the item texts, unaffected by planbot's analysis: it finds
// exact words, not stems, synonyms or misspellings.
func TestPlainBleveIsSeparate(t *testing.T) {
	ctx := context.Background()
	store, err := writeStore(ctx, t.TempDir(), 40, 3)
	if err != nil {
		t.Fatal(err)
	}
	p, err := openPlain(filepath.Join(t.TempDir(), "plain"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.close()
	docs := store.Documents()
	if err := p.add(docs); err != nil {
		t.Fatal(err)
	}
	n, err := p.idx.DocCount()
	if want := countItems(docs) + countPassages(docs); err != nil || int(n) != want || countPassages(docs) == 0 {
		t.Fatalf("plain index holds %d documents (%v), want %d items and paragraphs", n, err, want)
	}
	for _, c := range []struct {
		q    string
		hits bool
	}{{"sanctions", true}, {"sanctoins", false}, {"bitcoin", false}} {
		got, err := p.search(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if (got > 0) != c.hits {
			t.Errorf("%q: %d hits", c.q, got)
		}
	}
	if m := p.idx.Mapping(); !reflect.DeepEqual(m.AnalyzerNameForPath("text"), "standard") {
		t.Errorf("plain bleve analyzes text with %q", m.AnalyzerNameForPath("text"))
	}
}

func TestMixedInteractions(t *testing.T) {
	ins := mixedInteractions(300, 1, queries(1000, 1))
	kinds := map[string]int{}
	for _, in := range ins {
		var v struct {
			Type int `json:"type"`
			Data struct {
				Name string `json:"name"`
			} `json:"data"`
		}
		if err := json.Unmarshal(in.body, &v); err != nil {
			t.Fatal(err)
		}
		if (v.Type == 4) != in.auto {
			t.Errorf("type %d marked auto=%v", v.Type, in.auto)
		}
		kinds[v.Data.Name+map[bool]string{true: "/auto"}[in.auto]]++
	}
	for _, k := range []string{"search", "provision", "statement", "compare", "sources", "help", "provision/auto", "statement/auto", "compare/auto"} {
		if kinds[k] == 0 {
			t.Errorf("no %s in %v", k, kinds)
		}
	}
}

func TestRunRefusesUsedDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "left-over"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), Options{Items: 10, Dir: dir}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("Run in a used dir: %v", err)
	}
}
