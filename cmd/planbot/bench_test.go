package main

import (
	"context"
	"encoding/json"
	"testing"
)

func TestBenchJSON(t *testing.T) {
	env, out, errb := testEnv(map[string]string{})
	if code := run(context.Background(), env, []string{"bench", "--items", "200", "--rounds", "1", "--json"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if m["items"] != float64(200) {
		t.Errorf("items = %v", m["items"])
	}
	for _, k := range []string{"search", "bleve_match"} {
		l, ok := m[k].(map[string]any)
		if !ok || l["p50_ms"] == nil || l["p99_ms"] == nil {
			t.Errorf("%s = %v, want p50_ms and p99_ms", k, m[k])
		}
	}
	for _, k := range []string{"index_items_per_s", "rss_mb"} {
		if v, ok := m[k].(float64); !ok || v <= 0 {
			t.Errorf("%s = %v, want a positive number", k, m[k])
		}
	}
}
