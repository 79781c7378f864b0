package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestSearchFreshCheckout: with no data dir, search answers from the
// embedded seed and writes nothing.
func TestSearchFreshCheckout(t *testing.T) {
	data := filepath.Join(t.TempDir(), "planbot-data")
	for _, tc := range []struct {
		args     []string
		wantHits bool
		want     string
	}{
		{[]string{"search", "--json", "--data", data, "nato"}, true, "NATO"},
		{[]string{"search", "--json", "--data", data, "--kind", "statement", "zelenksy"}, true, "Zelensky"},
		{[]string{"search", "--json", "--data", data, "bitcoin", "price"}, false, ""},
		{[]string{"search", "--json", "--data", data, `+-:"*~^(\`}, false, ""},
	} {
		env, out, errb := testEnv(map[string]string{})
		if code := run(context.Background(), env, tc.args); code != 0 {
			t.Fatalf("%v: exit %d, stderr %s", tc.args, code, errb)
		}
		var res corpus.Results
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			t.Fatalf("%v: %v in %s", tc.args, err, out)
		}
		if !strings.Contains(out.String(), `"hits": [`) {
			t.Errorf("%v: hits is not an array: %s", tc.args, out)
		}
		if got := len(res.Hits) > 0; got != tc.wantHits {
			t.Fatalf("%v: %d hits, want hits %v", tc.args, len(res.Hits), tc.wantHits)
		}
		if tc.wantHits && !strings.Contains(res.Hits[0].Text+res.Hits[0].Speaker, tc.want) {
			t.Errorf("%v: first hit %+v, want %q", tc.args, res.Hits[0], tc.want)
		}
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Errorf("search created %s (err %v), want nothing written", data, err)
	}
}

func TestSearchText(t *testing.T) {
	// Read-only searches: the shared seed data dir (seedDataDir).
	env, out, errb := testEnv(map[string]string{"PLANBOT_DATA": seedDataDir(t)})
	if code := run(context.Background(), env, []string{"search", "--limit", "2", "army size"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	for _, want := range []string{`for "army size"`, "1. [provision]", "**", "source:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	env, out, _ = testEnv(map[string]string{"PLANBOT_DATA": seedDataDir(t)})
	run(context.Background(), env, []string{"search", "world cup"})
	if !strings.Contains(out.String(), "Nothing relevant") {
		t.Errorf("world cup output:\n%s", out)
	}
}

func TestSearchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"search"},
		{"search", "--kind", "source", "x"},
		{"search", "--limit", "0", "x"},
		{"search", "--limit", "101", "x"},
	} {
		env, _, _ := testEnv(map[string]string{"PLANBOT_DATA": t.TempDir()})
		if code := run(context.Background(), env, args); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// TestOpenAppWritable: a writable app creates the data dir and an on-disk
// index; a read-only app then uses it.
func TestOpenAppWritable(t *testing.T) {
	ctx := context.Background()
	data := filepath.Join(t.TempDir(), "data")
	a, err := openWritable(ctx, data, "ingest", nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := a.index.Count()
	if err != nil || n == 0 {
		t.Fatalf("Count = %d, %v", n, err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(data, "index", "index_meta.json")); err != nil {
		t.Fatalf("no on-disk index: %v", err)
	}
	a, err = openApp(ctx, data, "search", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	res, err := a.index.Search(ctx, corpus.Query{Text: "nato"})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("read-only search: %v, %d hits", err, len(res.Hits))
	}
}
