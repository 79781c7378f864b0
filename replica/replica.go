// Package replica keeps a process's local document store (the files of
// <data>/docs) in step with the documents kept in PostgreSQL
// (bot/store/postgres), so every replica of a bot answers from the same
// collection while keeping its own search index.
//
// Three flows, all through the stored files, so the corpus store and the
// index learn of a change exactly as they learn of a planbot ingest run on
// the same data dir (corpus.Store.ReloadChanges, then the caller's index
// update):
//
//   - Publish sends what this process stored (/ingest, feeds, the CLI) to
//     PostgreSQL: the stored file's bytes, front matter included, under the
//     document's server (Source.Guild), and marks the versions it replaced
//     as gone.
//   - Sync, on start, makes the local files match the live documents: it
//     writes those the process lacks, removes those deleted or replaced
//     elsewhere, and publishes the local ones PostgreSQL never had (a single
//     install switching to shared state).
//   - Run then follows the change feed (Watch, LISTEN/NOTIFY with a periodic
//     read behind it) and applies each change the same way, within the
//     store's PollInterval (5 s by default) of its commit.
//
// After changing files, Sync and Run call Config.Apply, which reloads the
// corpus store and updates the index (serve's reload).
package replica

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"

	"planbot/bot/store/postgres"
	"planbot/corpus"
)

// Shared is the part of *postgres.Store a replica uses.
type Shared interface {
	PutDocument(ctx context.Context, d postgres.Document) (postgres.Document, bool, error)
	DeleteDocument(ctx context.Context, guildID, sourceID string) (bool, error)
	Documents(ctx context.Context, since int64) ([]postgres.Document, error)
	Watch(ctx context.Context, since int64) <-chan postgres.Change
}

var _ Shared = (*postgres.Store)(nil)

// Config wires a Replica.
type Config struct {
	// Shared is the shared document table; required.
	Shared Shared
	// Dir is the local document store's directory (corpus.Store.Dir);
	// required.
	Dir string
	// Apply reloads the local store from Dir and brings the index up to
	// date; called after files changed. Nil skips it (the CLI, which
	// indexes what it stored itself).
	Apply func(ctx context.Context) error
	// Settle is how long Run waits after a change for more to arrive
	// before calling Apply, so a burst is indexed in one batch. Defaults to
	// 200ms.
	Settle time.Duration
	// Logger defaults to a no-op logger.
	Logger *zap.Logger
}

// Replica mirrors one local document directory to and from PostgreSQL. It
// is safe for concurrent use.
type Replica struct {
	cfg Config
	log *zap.Logger

	mu     sync.Mutex // one file change at a time; guards cursor
	cursor int64      // last change seen from the feed
}

// New checks cfg and returns a Replica.
func New(cfg Config) (*Replica, error) {
	if cfg.Shared == nil || cfg.Dir == "" {
		return nil, errors.New("replica: Config needs Shared and Dir")
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.Settle <= 0 {
		cfg.Settle = 200 * time.Millisecond
	}
	return &Replica{cfg: cfg, log: cfg.Logger}, nil
}

// fileName is the stored file of a source ID, as corpus.Store names it.
func fileName(sourceID string) string { return sourceID + ".md" }

// Publish sends the documents this process just stored to PostgreSQL (the
// stored file's bytes, under the document's server) and marks the versions
// they replaced as gone, so every other replica adds and removes the same.
// A replaced version with the new document's own ID (only metadata changed)
// is simply overwritten.
func (r *Replica) Publish(ctx context.Context, docs []*corpus.Document, replaced []corpus.Source) error {
	var errs []error
	kept := map[string]bool{}
	for _, d := range docs {
		if d == nil {
			continue
		}
		kept[d.Source.ID] = true
		if err := r.publish(ctx, d.Source); err != nil {
			errs = append(errs, err)
		}
	}
	for _, src := range replaced {
		if kept[src.ID] {
			continue
		}
		if _, err := r.cfg.Shared.DeleteDocument(ctx, src.Guild, src.ID); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// publish stores one local file in PostgreSQL.
func (r *Replica) publish(ctx context.Context, src corpus.Source) error {
	name := fileName(src.ID)
	body, err := os.ReadFile(filepath.Join(r.cfg.Dir, name))
	if err != nil {
		return fmt.Errorf("publish %s: %w", src.ID, err)
	}
	d, changed, err := r.cfg.Shared.PutDocument(ctx, postgres.Document{SourceID: src.ID, GuildID: src.Guild, Name: name, Body: body})
	if err != nil {
		return err
	}
	if changed {
		r.log.Info("published document", zap.String("source", src.ID), zap.String("guild", src.Guild), zap.Int64("seq", d.Seq))
	}
	return nil
}

// Sync makes the local files match PostgreSQL's live documents and
// publishes the local ones it never had, then calls Apply. Run follows the
// changes after the ones Sync saw.
func (r *Replica) Sync(ctx context.Context) error {
	all, err := r.cfg.Shared.Documents(ctx, 0)
	if err != nil {
		return err
	}
	local, err := r.localFiles()
	if err != nil {
		return err
	}
	r.mu.Lock()
	// Rows come in change order, so the last row of a source ID is where
	// it stands now: live, or deleted or replaced.
	last := map[string]postgres.Document{}
	for _, d := range all {
		last[d.SourceID] = d
		r.cursor = max(r.cursor, d.Seq)
	}
	live := map[string]postgres.Document{}
	for id, d := range last {
		if d.Live() {
			live[id] = d
		}
	}
	var errs []error
	pulled, removed := 0, 0
	for id, d := range live {
		if local[id] == d.Hash {
			continue
		}
		if err := r.write(d); err != nil {
			errs = append(errs, err)
			continue
		}
		pulled++
	}
	var toPublish []string
	for id := range local {
		_, isLive := live[id]
		_, known := last[id]
		switch {
		case isLive:
		case known:
			if err := r.remove(id); err != nil {
				errs = append(errs, err)
				continue
			}
			removed++
		default:
			toPublish = append(toPublish, id)
		}
	}
	r.mu.Unlock()
	for _, id := range toPublish {
		if err := r.publishFile(ctx, id); err != nil {
			errs = append(errs, err)
		}
	}
	r.log.Info("documents synchronised with the shared state", zap.Int("live", len(live)), zap.Int("pulled", pulled),
		zap.Int("removed", removed), zap.Int("published", len(toPublish)))
	if err := r.apply(ctx); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// publishFile publishes a local file PostgreSQL never had, reading its
// server from its front matter.
func (r *Replica) publishFile(ctx context.Context, id string) error {
	body, err := os.ReadFile(filepath.Join(r.cfg.Dir, fileName(id)))
	if err != nil {
		return fmt.Errorf("publish %s: %w", id, err)
	}
	doc, err := corpus.Parse(body, corpus.ParseOptions{Name: fileName(id)})
	if err != nil {
		return fmt.Errorf("publish %s: %w", id, err)
	}
	_, _, err = r.cfg.Shared.PutDocument(ctx, postgres.Document{SourceID: id, GuildID: doc.Source.Guild, Name: fileName(id), Body: body})
	return err
}

// Run applies the change feed after Sync's cursor until ctx is done: a
// live version is written to the local store, a deleted or replaced one
// removed, and Apply runs once a burst of changes has settled.
func (r *Replica) Run(ctx context.Context) error {
	r.mu.Lock()
	since := r.cursor
	r.mu.Unlock()
	changes := r.cfg.Shared.Watch(ctx, since)
	var settle <-chan time.Time
	dirty := false
	for {
		select {
		case c, ok := <-changes:
			if !ok {
				return ctx.Err()
			}
			changed, err := r.applyChange(c.Document)
			if err != nil {
				r.log.Warn("apply shared document change", zap.String("source", c.SourceID), zap.Int64("seq", c.Seq), zap.Error(err))
			}
			if changed && !dirty {
				dirty = true
				settle = time.After(r.cfg.Settle)
			}
		case <-settle:
			dirty, settle = false, nil
			if err := r.apply(ctx); err != nil && ctx.Err() == nil {
				r.log.Warn("index shared documents", zap.Error(err))
			}
		}
	}
}

// applyChange writes or removes the local file of one change and reports
// whether the local store changed.
func (r *Replica) applyChange(d postgres.Document) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cursor = max(r.cursor, d.Seq)
	have, err := os.ReadFile(filepath.Join(r.cfg.Dir, fileName(d.SourceID)))
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	if d.Live() {
		if exists && postgres.HashBody(have) == d.Hash {
			return false, nil // this process stored it, or saw it already
		}
		return true, r.write(d)
	}
	// A version that is gone. The same source ID may be live again in a
	// newer row (only its metadata changed): that row's change follows
	// and rewrites the file, so the file is removed only when it holds
	// this version.
	if !exists || postgres.HashBody(have) != d.Hash {
		return false, nil
	}
	return true, r.remove(d.SourceID)
}

func (r *Replica) apply(ctx context.Context) error {
	if r.cfg.Apply == nil {
		return nil
	}
	return r.cfg.Apply(ctx)
}

// localFiles maps the source ID of every stored file to its content hash.
func (r *Replica) localFiles() (map[string]string, error) {
	entries, err := os.ReadDir(r.cfg.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read document dir %s: %w", r.cfg.Dir, err)
	}
	out := make(map[string]string, len(entries))
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(r.cfg.Dir, name))
		if err != nil {
			continue // removed meanwhile
		}
		out[strings.TrimSuffix(name, ".md")] = postgres.HashBody(b)
	}
	return out, nil
}

// write stores a shared document's bytes as its local file, atomically.
// The caller holds mu.
func (r *Replica) write(d postgres.Document) error {
	if err := os.MkdirAll(r.cfg.Dir, 0o755); err != nil {
		return fmt.Errorf("create document dir %s: %w", r.cfg.Dir, err)
	}
	path := filepath.Join(r.cfg.Dir, fileName(d.SourceID))
	f, err := os.CreateTemp(r.cfg.Dir, "."+fileName(d.SourceID)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(d.Body)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	r.log.Debug("pulled document", zap.String("source", d.SourceID), zap.String("guild", d.GuildID), zap.Int64("seq", d.Seq))
	return nil
}

// remove deletes a local file the shared state no longer holds live. The
// caller holds mu.
func (r *Replica) remove(sourceID string) error {
	path := filepath.Join(r.cfg.Dir, fileName(sourceID))
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove %s: %w", path, err)
	}
	r.log.Debug("removed document gone from the shared state", zap.String("source", sourceID))
	return nil
}
