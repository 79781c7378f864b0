package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStorePutReplaces checks that a new version of a document (same URL,
// or same file name) replaces the old one on disk and in memory, that the
// same content is skipped, and that another process sees the change.
func TestStorePutReplaces(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	other, err := OpenStore(dir) // a running bot beside the ingesting CLI
	if err != nil {
		t.Fatal(err)
	}
	now := clock(time.Date(2025, 11, 24, 8, 0, 0, 0, time.UTC))
	v1 := "---\nurl: https://example.org/a\n---\nFirst version. Peskov said nothing was agreed.\n"
	v2 := "---\nurl: https://example.org/a\n---\nSecond version. Peskov said talks would go on.\n"
	r1, err := s.Put([]byte(v1), ParseOptions{Name: "a.md", Now: now})
	if err != nil || !r1.Added || len(r1.Replaced) != 0 {
		t.Fatalf("Put v1 = %+v, %v", r1, err)
	}
	if _, err := other.Reload(); err != nil {
		t.Fatal(err)
	}
	same, err := s.Put([]byte(v1), ParseOptions{Name: "a.md", Now: now})
	if err != nil || same.Added || same.Doc.Source.ID != r1.Doc.Source.ID {
		t.Fatalf("Put v1 again = %+v, %v; want skipped", same, err)
	}
	r2, err := s.Put([]byte(v2), ParseOptions{Name: "a.md", Now: now})
	if err != nil || !r2.Added || len(r2.Replaced) != 1 || r2.Replaced[0].ID != r1.Doc.Source.ID {
		t.Fatalf("Put v2 = %+v, %v; want v1 replaced", r2, err)
	}
	if _, ok := s.Get(r1.Doc.Source.ID); ok {
		t.Error("v1 still held after it was replaced")
	}
	if _, err := os.Stat(filepath.Join(dir, r1.Doc.Source.ID+".md")); !os.IsNotExist(err) {
		t.Errorf("v1 file still on disk: %v", err)
	}
	got, err := other.ReloadChanges(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Added) != 1 || got.Added[0].Source.ID != r2.Doc.Source.ID || len(got.Removed) != 1 || got.Removed[0].ID != r1.Doc.Source.ID {
		t.Fatalf("ReloadChanges = %+v, want v2 added and v1 removed", got)
	}
	if n := len(other.Documents()); n != len(Seed())+1 {
		t.Errorf("other store holds %d documents, want seed + 1", n)
	}

	// by file name, without a URL; then a metadata-only change
	n1, err := s.Put([]byte("Note one. Rubio said the talks were useful.\n"), ParseOptions{Name: "dir/note.txt", Now: now})
	if err != nil || !n1.Added {
		t.Fatal(n1, err)
	}
	n2, err := s.Put([]byte("Note two. Rubio said the talks were useful.\n"), ParseOptions{Name: "other/note.txt", Now: now})
	if err != nil || len(n2.Replaced) != 1 || n2.Replaced[0].ID != n1.Doc.Source.ID {
		t.Fatalf("Put by name = %+v, %v; want note one replaced", n2, err)
	}
	n3, err := s.Put([]byte("---\ntitle: A new title\n---\nNote two. Rubio said the talks were useful.\n"), ParseOptions{Name: "note.txt", Now: now})
	if err != nil || !n3.Added || len(n3.Replaced) != 1 || n3.Replaced[0].ID != n2.Doc.Source.ID || n3.Doc.Source.Title != "A new title" {
		t.Fatalf("Put new metadata = %+v, %v; want the same source rewritten", n3, err)
	}
	reopened, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := reopened.Get(n3.Doc.Source.ID); !ok || d.Source.Title != "A new title" {
		t.Errorf("reopened store: %v %v, want the new title", ok, d)
	}
	if n := len(reopened.Documents()); n != len(Seed())+2 {
		t.Errorf("reopened store holds %d documents, want seed + 2", n)
	}
}

// TestOpenStoreRemovesStaleTemps checks the clean-up of writes an ingest
// killed mid-way left behind, sparing a write that may be in progress.
func TestOpenStoreRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".abc.md.tmp-123")
	fresh := filepath.Join(dir, ".def.md.tmp-456")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("partial"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Minute)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temp file kept: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temp file removed: %v", err)
	}
}
