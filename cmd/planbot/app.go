package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"go.uber.org/zap"

	"planbot/corpus"
	"planbot/index"
)

// app is what most commands work on: the document store and the search
// index over it.
type app struct {
	store  *corpus.Store
	index  *index.Index
	holder string // <data>/index.holder, written while this process holds the index
}

// holderFile names the process holding the on-disk index, so another one
// that finds the index locked can say who holds it.
const holderFile = "index.holder"

// openApp opens the data dir for a command. The store is <data>/docs (the
// embedded seed when it is empty or missing).
//
// Writable commands (serve, ingest) create the data dir and keep the index
// on disk in <data>/index, brought up to date with the store on open; they
// record themselves in <data>/index.holder while they hold it. Read-only
// commands (search, ask, digest) write no document: they use the on-disk
// index, building it first when the data dir exists and is writable but
// has none (so only the first such command pays for the build), and an
// in-memory index over the store when there is no data dir (the seed on a
// fresh checkout), it is read-only, or another process holds the index.
//
// command (the subcommand: "search", "serve") is recorded in
// <data>/index.holder while the process holds the on-disk index.
func openApp(ctx context.Context, data, command string, log *zap.Logger) (*app, error) {
	return open(ctx, data, command, false, nil, false, log)
}

// openWritable is openApp for a writable command (serve, http, ingest).
func openWritable(ctx context.Context, data, command string, log *zap.Logger) (*app, error) {
	return open(ctx, data, command, true, nil, false, log)
}

// open is openApp and its writable variants; bulk opens the on-disk index
// for a bulk load (index.Options.Bulk): the caller adds many documents and
// compacts the index before closing it.
func open(ctx context.Context, data, command string, writable bool, store *corpus.Store, bulk bool, log *zap.Logger) (*app, error) {
	if log == nil {
		log = zap.NewNop()
	}
	if !writable {
		openGC() // a short-lived command: no collection before the floor
	}
	// The index's shared vocabulary builds on the other core while the
	// store opens; the analysed glossary is read from beside the index
	// when an earlier process cached it there.
	index.SetExpansionCache(filepath.Join(data, "index"))
	index.Warm()
	if writable {
		if err := os.MkdirAll(data, 0o755); err != nil {
			return nil, fmt.Errorf("create data dir %s: %w", data, err)
		}
	}
	if store == nil {
		var err error
		if store, err = corpus.OpenStore(filepath.Join(data, "docs")); err != nil {
			return nil, fmt.Errorf("open document store: %w", err)
		}
	}
	dir := filepath.Join(data, "index")
	useDisk := writable
	if !writable {
		_, err := os.Stat(filepath.Join(dir, "index_meta.json"))
		useDisk = err == nil || dirWritable(data)
	}
	a := &app{store: store}
	var err error
	if useDisk {
		a.index, err = index.OpenCatalogue(ctx, index.Options{Dir: dir, Logger: log.Named("index"), Bulk: bulk}, store)
		if err != nil && isIndexBusy(err) {
			err = &busyError{err: err, holder: readHolder(data)}
		}
		if err != nil && !writable {
			log.Warn("on-disk index unavailable, searching in memory", zap.Error(err))
			a.index, err = nil, nil
		}
		if err != nil {
			return nil, err
		}
		if a.index != nil {
			a.holder = filepath.Join(data, holderFile)
			writeHolder(a.holder, command)
		}
	}
	if a.index == nil {
		// An in-memory index is built whole at every start: its "sync"
		// line says nothing, so only its warnings are shown.
		memLog := log.Named("index").WithOptions(zap.IncreaseLevel(zap.WarnLevel))
		if a.index, err = index.OpenCatalogue(ctx, index.Options{Logger: memLog}, store); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// dirWritable reports whether dir exists and this process may create files
// in it, by creating one (permission bits say nothing of read-only mounts).
func dirWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".planbot-write-check-*")
	if err != nil {
		return false
	}
	name := f.Name()
	_ = f.Close()
	_ = os.Remove(name)
	return true
}

// Close releases the index and clears the holder record.
// removeReplaced takes the versions a newer document replaced out of the
// index (corpus.PutResult.Replaced, corpus.ReloadResult.Removed), so members
// never see the old and the new text side by side.
func (a *app) removeReplaced(ctx context.Context, replaced []corpus.Source) error {
	if len(replaced) == 0 {
		return nil
	}
	ids := make([]string, len(replaced))
	for i, src := range replaced {
		ids[i] = src.ID
	}
	if err := a.index.Remove(ctx, ids...); err != nil {
		return fmt.Errorf("remove %d replaced versions from the index: %w", len(ids), err)
	}
	return nil
}

func (a *app) Close() error {
	if a == nil || a.index == nil {
		return nil
	}
	// A new index's bulk load ends while this process is still recorded
	// as its holder, so a process waiting for it keeps waiting.
	ferr := a.index.Finish()
	if a.holder != "" {
		if h := readHolderFile(a.holder); h.pid == os.Getpid() {
			_ = os.Remove(a.holder)
		}
	}
	if err := a.index.Close(); err != nil {
		return err
	}
	return ferr
}

// isIndexBusy tells index.Open's "held by another process" error.
func isIndexBusy(err error) bool {
	return err != nil && strings.Contains(err.Error(), "in use by another process")
}

// busyError is an index held by another process, naming that process when
// it recorded itself.
type busyError struct {
	err    error
	holder holder
}

func (e *busyError) Error() string {
	if e.holder.pid == 0 {
		return "the index is in use by another planbot process"
	}
	return fmt.Sprintf("the index is in use by %s", e.holder)
}

func (e *busyError) Unwrap() error { return e.err }

// holder is the content of index.holder: who holds the index and since when.
type holder struct {
	pid     int
	command string
	since   time.Time
}

func (h holder) String() string {
	s := fmt.Sprintf("planbot %s (pid %d", h.command, h.pid)
	if !h.since.IsZero() {
		s += ", since " + h.since.Format(time.RFC3339)
	}
	return s + ")"
}

// brief reports whether the recorded holder is a short-lived command (an
// ingest, a search) that is still running, so waiting for it is worth it;
// a bot (serve, http) holds the index until it stops.
func (h holder) brief() bool {
	if h.pid <= 0 || h.command == "serve" || h.command == "http" {
		return false
	}
	p, err := os.FindProcess(h.pid)
	return err == nil && p.Signal(syscall.Signal(0)) == nil // signal 0: is it alive?
}

// writeHolder records this process as the index's holder. It is advice for
// error messages, not a lock (bbolt's file lock is the lock), so a failure
// to write it is ignored.
func writeHolder(path, command string) {
	text := fmt.Sprintf("pid %d\ncommand %s\nsince %s\n", os.Getpid(), command, time.Now().UTC().Format(time.RFC3339))
	tmp := path + ".tmp" + strconv.Itoa(os.Getpid())
	if err := os.WriteFile(tmp, []byte(text), 0o644); err == nil {
		_ = os.Rename(tmp, path)
	}
}

func readHolder(data string) holder { return readHolderFile(filepath.Join(data, holderFile)) }

func readHolderFile(path string) holder {
	b, err := os.ReadFile(path)
	if err != nil {
		return holder{}
	}
	var h holder
	for _, line := range strings.Split(string(b), "\n") {
		k, v, _ := strings.Cut(line, " ")
		switch k {
		case "pid":
			h.pid, _ = strconv.Atoi(v)
		case "command":
			h.command = v
		case "since":
			h.since, _ = time.Parse(time.RFC3339, v)
		}
	}
	return h
}
