package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"planbot/corpus"
)

// sharedDisk holds on-disk indexes that several read-only tests search:
// building one of thousands of documents (twice: in the segments of its
// batches and compacted) was most of what each such test cost. A test
// that writes to its index, or needs its own segments, uses diskIndex.
var sharedDisk = struct {
	mu   sync.Mutex
	root string
	ixs  map[string]*Index
}{ixs: map[string]*Index{}}

// sharedDiskIndex is diskIndex(docs(), compact) built once per test binary
// under name (which must say what docs gives), closed by TestMain. Tests
// must only search it.
func sharedDiskIndex(t *testing.T, name string, docs func() []*corpus.Document, compact bool) *Index {
	t.Helper()
	sharedDisk.mu.Lock()
	defer sharedDisk.mu.Unlock()
	key := name
	if compact {
		key += " compacted"
	}
	if ix, ok := sharedDisk.ixs[key]; ok {
		return ix
	}
	if sharedDisk.root == "" {
		root, err := os.MkdirTemp("", "planbot-index-test-")
		if err != nil {
			t.Fatal(err)
		}
		sharedDisk.root = root
	}
	ctx := context.Background()
	ix, err := Open(ctx, Options{Dir: filepath.Join(sharedDisk.root, fmt.Sprintf("ix%d", len(sharedDisk.ixs)), "index")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sharedDisk.ixs[key] = ix // closed by TestMain even if filling it fails
	ds := docs()
	for i := 0; i < len(ds); i += 40 {
		if err := ix.Add(ctx, ds[i:min(i+40, len(ds))]...); err != nil {
			t.Fatal(err)
		}
	}
	if compact {
		if err := ix.Compact(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

// TestMain closes and removes the shared on-disk indexes after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, ix := range sharedDisk.ixs {
		_ = ix.Close()
	}
	if sharedDisk.root != "" {
		_ = os.RemoveAll(sharedDisk.root)
	}
	os.Exit(code)
}
