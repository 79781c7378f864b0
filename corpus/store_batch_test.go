package corpus

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// storedNames lists the .md files of dir and whether any temp file is left.
func storedNames(t *testing.T, dir string) (names []string, temps int) {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range des {
		switch n := de.Name(); {
		case strings.Contains(n, ".tmp-"):
			temps++
		case strings.HasSuffix(n, ".md"):
			names = append(names, n)
		}
	}
	return names, temps
}

// TestBatchCommit: staged documents are visible to the store at once,
// to another process only after Commit, and a new version replaces the
// old file only once it is in place; duplicates within a batch are skipped.
func TestBatchCommit(t *testing.T) {
	dir := t.TempDir()
	now := clock(time.Date(2025, 11, 24, 8, 0, 0, 0, time.UTC))
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	old, err := s.Put([]byte("---\nurl: https://example.org/a\n---\nFirst version. Peskov said nothing was agreed.\n"), ParseOptions{Name: "a.md", Now: now})
	if err != nil {
		t.Fatal(err)
	}

	b := s.NewBatch()
	tests := []struct {
		text     string
		added    bool
		replaced int
	}{
		{"---\nurl: https://example.org/a\n---\nSecond version. Peskov said talks would go on.\n", true, 1},
		{"Note one. Rubio said the talks were useful.\n", true, 0},
		{"Note one. Rubio said the talks were useful.\n", false, 0}, // the same text again
		{"Note two. Umerov said the delegation would travel to Geneva.\n", true, 0},
	}
	var ids []string
	for i, tt := range tests {
		res, err := b.Put([]byte(tt.text), ParseOptions{Name: fmt.Sprintf("n%d.md", i), Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if res.Added != tt.added || len(res.Replaced) != tt.replaced {
			t.Errorf("Put %d: added %v, replaced %d; want %v, %d", i, res.Added, len(res.Replaced), tt.added, tt.replaced)
		}
		if res.Added {
			ids = append(ids, res.Doc.Source.ID)
			if _, ok := s.Get(res.Doc.Source.ID); !ok {
				t.Errorf("Put %d: staged document not held by the store", i)
			}
		}
	}
	if b.Len() != 3 {
		t.Errorf("Len = %d, want 3", b.Len())
	}

	// Before Commit: nothing new on disk, the old version still there.
	other, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := other.Get(old.Doc.Source.ID); !ok {
		t.Error("the old version left the disk before its replacement was committed")
	}
	for _, id := range ids {
		if _, ok := other.Get(id); ok {
			t.Errorf("%s visible to another process before Commit", id)
		}
	}

	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 0 {
		t.Errorf("Len after Commit = %d", b.Len())
	}
	names, temps := storedNames(t, dir)
	if len(names) != 3 || temps != 0 {
		t.Errorf("after Commit: files %v, %d temp files; want the 3 new documents only", names, temps)
	}
	reopened, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if _, ok := reopened.Get(id); !ok {
			t.Errorf("%s not stored after Commit", id)
		}
	}
	if _, ok := reopened.Get(old.Doc.Source.ID); ok {
		t.Error("the replaced version is still stored")
	}
	// The store that committed agrees with a fresh one.
	if got, want := len(s.Entries()), len(reopened.Entries()); got != want {
		t.Errorf("committing store holds %d entries, a fresh one %d", got, want)
	}
}

// TestBatchUncommitted: a batch never committed (the process died) leaves
// no document file, only temp files, which a later open does not read and
// removes once stale; everything stored before it is intact.
func TestBatchUncommitted(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := s.Put([]byte("Kept. Rubio said the talks were useful.\n"), ParseOptions{Name: "kept.md"})
	if err != nil {
		t.Fatal(err)
	}
	b := s.NewBatch()
	for i := range 3 {
		if _, err := b.Put(fmt.Appendf(nil, "Lost %d. Umerov said the delegation would travel.\n", i), ParseOptions{Name: fmt.Sprintf("lost%d.md", i)}); err != nil {
			t.Fatal(err)
		}
	}
	b.written.Wait() // the writers are done; the process dies before Commit
	names, temps := storedNames(t, dir)
	if len(names) != 1 || temps != 3 {
		t.Fatalf("files %v, %d temps; want the kept document and 3 temps", names, temps)
	}
	reopened, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(reopened.Entries()) - len(Seed()); got != 1 {
		t.Errorf("reopened store holds %d documents, want 1", got)
	}
	if _, ok := reopened.Get(kept.Doc.Source.ID); !ok {
		t.Error("the document stored before the batch is gone")
	}
	removeStaleTemps(dir, time.Now().Add(2*time.Minute))
	if _, temps := storedNames(t, dir); temps != 0 {
		t.Errorf("%d stale temp files left", temps)
	}
}
