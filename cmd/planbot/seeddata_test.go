package main

// A data dir holding the seed's on-disk index, shared by the tests that
// only read it. Every `planbot ask` on a missing data dir builds the seed's
// index in memory (seconds of CPU each: the documents and the glossary's
// thesaurus); the /help examples and the ask tests ran a score of those.
// They now answer from one on-disk index, built once per test binary by
// the real command, as a deployed bot answers from its data dir. The
// fresh-checkout path (no data dir) keeps its own tests
// (TestAskFromSeed's first case, TestSearchFreshCheckout).

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// seedData is the shared data dir: built on first use, removed by
// TestMain when the tests end.
var seedData struct {
	once sync.Once
	root string // temporary directory holding it
	dir  string
	err  error
}

// seedDataDir returns a data dir whose on-disk index holds the seed and
// nothing else. Tests must only read it (ask's read-only commands); a
// test that writes (ingest, digest, moderators' commands) makes its own.
func seedDataDir(t *testing.T) string {
	t.Helper()
	seedData.once.Do(func() {
		root, err := os.MkdirTemp("", "planbot-seed-data-")
		if err != nil {
			seedData.err = err
			return
		}
		seedData.root, seedData.dir = root, filepath.Join(root, "data")
		if err := os.Mkdir(seedData.dir, 0o755); err != nil {
			seedData.err = err
			return
		}
		// An existing, writable data dir: ask builds the on-disk index.
		env, _, errb := testEnv(map[string]string{})
		if code := run(context.Background(), env, []string{"ask", "--data", seedData.dir, "/sources"}); code != 0 {
			seedData.err = fmt.Errorf("building the seed data dir: exit %d: %s", code, errb)
			return
		}
		if _, err := os.Stat(filepath.Join(seedData.dir, "index", "index_meta.json")); err != nil {
			seedData.err = fmt.Errorf("the seed data dir has no on-disk index: %w", err)
		}
	})
	if seedData.err != nil {
		t.Fatal(seedData.err)
	}
	return seedData.dir
}

// TestMain removes the shared seed data dir after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if seedData.root != "" {
		_ = os.RemoveAll(seedData.root)
	}
	os.Exit(code)
}
