package main

import (
	"context"
	"encoding/json"
	"testing"
)

// TestBenchJSON runs a tiny bench through the command line and checks the
// JSON contract of DESIGN.md. The start-up measure is skipped (--exe ""):
// the test binary is not planbot.
func TestBenchJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two indexes and loads the HTTP endpoint")
	}
	env, out, errb := testEnv(map[string]string{})
	args := []string{"bench", "--items", "200", "--http-duration", "500ms", "--exe", "", "--json"}
	if code := run(context.Background(), env, args); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if q, _ := m["queries"].(float64); q < 1000 {
		t.Errorf("queries = %v, want at least 1000", m["queries"])
	}
	for _, k := range []string{"search", "bleve_match"} {
		l, ok := m[k].(map[string]any)
		if !ok || l["p50_ms"] == nil || l["p99_ms"] == nil || l["zero_hit"] == nil {
			t.Errorf("%s = %v, want p50_ms, p99_ms and zero_hit", k, m[k])
		}
	}
	h, ok := m["http"].(map[string]any)
	if !ok {
		t.Fatalf("http = %v", m["http"])
	}
	for _, k := range []string{"cmds_per_s", "p50_ms", "p99_ms", "errors"} {
		if _, ok := h[k]; !ok {
			t.Errorf("http lacks %s", k)
		}
	}
	if h["errors"] != float64(0) {
		t.Errorf("http errors = %v", h["errors"])
	}
	for _, k := range []string{"items", "index_items_per_s", "bleve_index_items_per_s", "rss_mb"} {
		if v, ok := m[k].(float64); !ok || v <= 0 {
			t.Errorf("%s = %v, want a positive number", k, m[k])
		}
	}
	for _, k := range []string{"open_ms", "open_rss_mb"} {
		if _, ok := m[k]; !ok {
			t.Errorf("missing %s", k)
		}
	}
}
