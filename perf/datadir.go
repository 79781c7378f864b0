package perf

import (
	"context"
	"fmt"
	"path/filepath"

	"planbot/corpus"
	"planbot/index"
)

// writeStore stores the synthetic corpus of n items in dataDir/docs, the
// way `planbot ingest` does (each document parsed, then written
// atomically, then the catalogue), and returns the open store.
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
	// as planbot ingest does: the next process opens from the catalogue
	if err := store.SaveCatalogue(); err != nil {
		return nil, fmt.Errorf("write bench catalogue: %w", err)
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

// WriteDataDir builds a planbot data dir in dataDir holding the synthetic
// corpus of n items (docs/ with its catalogue, and index/), as `planbot
// ingest` of the same documents would, for benchmarks of opening one. As
// ingest does, the index is compacted before it is closed, so that an open
// reads the segments a real data dir holds.
//
// The catalogue is stamped with the extraction identity of the binary
// that wrote it: a dir written from `go test` and then opened by a
// planbot binary is re-parsed whole on that binary's first start (seconds
// and some 200 MiB at 100k items), so measure a start-up after one
// untimed start, or build the dir with `planbot bench --dir`.
func WriteDataDir(ctx context.Context, dataDir string, n int, seed uint64) error {
	store, err := writeStore(ctx, dataDir, n, seed)
	if err != nil {
		return err
	}
	ix, err := index.OpenCatalogue(ctx, index.Options{Dir: filepath.Join(dataDir, "index")}, store)
	if err != nil {
		return fmt.Errorf("build bench index: %w", err)
	}
	if err := ix.Compact(ctx); err != nil {
		_ = ix.Close()
		return fmt.Errorf("compact bench index: %w", err)
	}
	if err := ix.Close(); err != nil {
		return fmt.Errorf("build bench index: %w", err)
	}
	// as planbot ingest does once it has indexed: the catalogue settles
	// the files written last, so the first open trusts them
	if err := store.SaveCatalogue(); err != nil {
		return fmt.Errorf("settle bench catalogue: %w", err)
	}
	return nil
}
