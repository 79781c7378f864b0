package perf

import (
	"context"
	"fmt"
	"path/filepath"

	"planbot/corpus"
)

// writeStore stores the synthetic corpus of n items in dataDir/docs, the
// way `planbot ingest` does (each document parsed, then written
// atomically), and returns the open store.
func writeStore(ctx context.Context, dataDir string, n int, seed uint64) (*corpus.Store, error) {
	store, err := corpus.OpenStore(filepath.Join(dataDir, "docs"))
	if err != nil {
		return nil, fmt.Errorf("open bench store: %w", err)
	}
	err = articles(n, seed, func(a article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, _, err := store.Add(a.text, corpus.ParseOptions{Name: a.name}); err != nil {
			return fmt.Errorf("store synthetic %s: %w", a.name, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return store, nil
}

// countItems is the number of provisions and statements of docs.
func countItems(docs []*corpus.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Provisions) + len(d.Statements)
	}
	return n
}

// countPassages is the number of paragraphs of docs searched apart from
// their items.
func countPassages(docs []*corpus.Document) int {
	n := 0
	for _, d := range docs {
		n += len(extraPassages(d))
	}
	return n
}
