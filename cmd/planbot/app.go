package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"go.uber.org/zap"

	"planbot/corpus"
	"planbot/index"
)

// app is what most commands work on: the document store and the search
// index over it.
type app struct {
	store *corpus.Store
	index *index.Index
}

// openApp opens the data dir of c for a command. The store is <data>/docs
// (the embedded seed when it is empty or missing).
//
// writable commands (serve, ingest) create the data dir and keep the index
// on disk in <data>/index, brought up to date with the store on open.
// Read-only commands (search, ask, digest) never write: they use the
// on-disk index only if one exists and is not held by another process
// (planbot serve), and otherwise an in-memory index over the store, so
// `planbot search` answers from the seed on a fresh checkout.
func openApp(ctx context.Context, env *cliEnv, c *commonFlags, writable bool) (*app, error) {
	return openAppWithLogger(ctx, c, writable, zap.NewNop())
}

// openAppWithLogger is openApp for commands that have built a logger.
func openAppWithLogger(ctx context.Context, c *commonFlags, writable bool, log *zap.Logger) (*app, error) {
	if log == nil {
		log = zap.NewNop()
	}
	if writable {
		if err := os.MkdirAll(c.data, 0o755); err != nil {
			return nil, fmt.Errorf("create data dir: %w", err)
		}
	}
	store, err := corpus.OpenStore(filepath.Join(c.data, "docs"))
	if err != nil {
		return nil, fmt.Errorf("open document store: %w", err)
	}
	docs := store.Documents()
	dir := filepath.Join(c.data, "index")
	useDisk := writable
	if !writable {
		if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
			useDisk = true
		}
	}
	var ix *index.Index
	if useDisk {
		ix, err = index.Open(ctx, index.Options{Dir: dir, Logger: log}, docs)
		if err != nil && !writable {
			log.Warn("on-disk index unavailable, searching in memory", zap.Error(err))
			ix, err = nil, nil
		}
		if err != nil {
			return nil, err
		}
	}
	if ix == nil {
		if ix, err = index.Open(ctx, index.Options{Logger: log}, docs); err != nil {
			return nil, err
		}
	}
	return &app{store: store, index: ix}, nil
}

// Close releases the index.
func (a *app) Close() error {
	if a == nil || a.index == nil {
		return nil
	}
	return a.index.Close()
}
