package main

import (
	"context"
	"fmt"
	"os"

	"go.uber.org/zap"

	"planbot/bot/store"
	"planbot/bot/store/postgres"
	"planbot/config"
	"planbot/corpus"
	"planbot/replica"
)

// openShare returns what a command that stores documents outside a running
// bot (planbot ingest) calls for each stored one, so that with --state-url
// the documents reach PostgreSQL and every replica within its watch. dir is
// the local document store's directory. Without a state URL share does
// nothing. The caller calls closeShare when done.
func openShare(ctx context.Context, cfg *config.Config, dir string, log *zap.Logger) (share func(context.Context, corpus.PutResult) error, closeShare func(), err error) {
	if cfg.StateURL == "" {
		return func(context.Context, corpus.PutResult) error { return nil }, func() {}, nil
	}
	pg, err := postgres.Open(ctx, cfg.StateURL.Reveal(), postgres.Options{Logger: log.Named("state"), MaxConns: 2})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", cfg.Where("state_url"), err)
	}
	r, err := replica.New(replica.Config{Shared: pg, Dir: dir, Logger: log.Named("replica")})
	if err != nil {
		pg.Close()
		return nil, nil, err
	}
	share = func(ctx context.Context, res corpus.PutResult) error {
		if err := r.Publish(ctx, []*corpus.Document{res.Doc}, res.Replaced); err != nil {
			return fmt.Errorf("stored here but not shared with the replicas: %w", err)
		}
		return nil
	}
	return share, func() { pg.Close() }, nil
}

// openSharedDigest is what planbot digest reads with a state URL: the live
// shared documents (copied into a temporary document store, as a replica
// starting would) and the shared bot state, for a channel's watermarks.
// done removes the copy and closes the state.
func openSharedDigest(ctx context.Context, cfg *config.Config, log *zap.Logger) (lib *corpus.Store, st store.State, done func(), err error) {
	pg, err := postgres.Open(ctx, cfg.StateURL.Reveal(), postgres.Options{Logger: log.Named("state"), MaxConns: 2})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", cfg.Where("state_url"), err)
	}
	tmp, err := os.MkdirTemp("", "planbot-digest-")
	if err != nil {
		pg.Close()
		return nil, nil, nil, err
	}
	done = func() { pg.Close(); os.RemoveAll(tmp) }
	r, err := replica.New(replica.Config{Shared: pg, Dir: tmp, Logger: log.Named("replica")})
	if err == nil {
		err = r.Sync(ctx)
	}
	if err == nil {
		lib, err = corpus.OpenStore(tmp)
	}
	if err != nil {
		done()
		return nil, nil, nil, fmt.Errorf("read the shared documents: %w", err)
	}
	return lib, pg, done, nil
}
