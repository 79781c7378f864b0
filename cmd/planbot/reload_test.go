package main

import (
	"context"
	"path/filepath"
	"testing"

	"go.uber.org/zap"

	"planbot/bot/admin"
	"planbot/bot/metrics"
	"planbot/config"
	"planbot/corpus"
)

// TestServingReloadDropsReplaced plays `planbot ingest` replacing a
// document while serve runs: the running bot's reload must index the new
// version and forget the old one, so members never see both.
func TestServingReloadDropsReplaced(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	cfg, err := config.Load(map[string]string{"data": data}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	// Another process (planbot ingest) owns this store handle.
	other, err := corpus.OpenStore(filepath.Join(data, "docs"))
	if err != nil {
		t.Fatal(err)
	}
	const v1 = "---\ntitle: Harbour talks\nurl: https://example.org/harbour\npublished: 2025-11-24\n---\n" +
		"Mayor Olenna Vashchuk said: \"The quinquireme harbour stays open to grain ships.\"\n"
	const v2 = "---\ntitle: Harbour talks (updated)\nurl: https://example.org/harbour\npublished: 2025-11-24\n---\n" +
		"Mayor Olenna Vashchuk said: \"The trireme harbour stays open to grain ships.\"\n"
	if _, err := other.Put([]byte(v1), corpus.ParseOptions{Name: "harbour.md"}); err != nil {
		t.Fatal(err)
	}

	s, err := newServing(ctx, "serve", cfg, zap.NewNop(), metrics.New(), admin.New(admin.Config{}), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	count := func(word string) int {
		t.Helper()
		res, err := s.app.index.Search(ctx, corpus.Query{Text: word, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		return len(res.Hits)
	}
	if count("quinquireme") == 0 {
		t.Fatal("first version not indexed at start")
	}

	res, err := other.Put([]byte(v2), corpus.ParseOptions{Name: "harbour.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Replaced) != 1 {
		t.Fatalf("Put replaced %d versions, want 1", len(res.Replaced))
	}
	if err := s.reload(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count("trireme"); n == 0 {
		t.Error("new version not indexed after reload")
	}
	if n := count("quinquireme"); n != 0 {
		t.Errorf("old version still answers after reload: %d hits", n)
	}
}
