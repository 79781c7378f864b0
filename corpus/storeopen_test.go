package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStatStoredMatchesEntries checks the parallel stat of a listing
// against each entry's own Info, in a directory large enough to be split
// between goroutines, with entries that are not stored files (temp files,
// the catalogue, a subdirectory, other extensions) and a file removed
// after the listing.
func TestStatStoredMatchesEntries(t *testing.T) {
	dir := t.TempDir()
	for i := range 3*minParallelStats + 7 {
		name := fmt.Sprintf("%04d.md", i)
		switch i % 50 {
		case 1:
			name = fmt.Sprintf(".doc.md.tmp-%d", i)
		case 2:
			name = fmt.Sprintf("%04d.txt", i)
		}
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644))
	}
	must(t, os.WriteFile(filepath.Join(dir, catalogueFile), []byte("x"), 0o644))
	must(t, os.Mkdir(filepath.Join(dir, "sub.md"), 0o755))
	entries, err := readDocDir(dir)
	must(t, err)
	must(t, os.Remove(filepath.Join(dir, "0005.md"))) // gone after the listing
	got := statStored(entries)
	if len(got) != len(entries) {
		t.Fatalf("%d stats for %d entries", len(got), len(entries))
	}
	stored := 0
	for i, de := range entries {
		info, err := de.Info()
		if !isStoredFile(de) || err != nil {
			if got[i] != nil {
				t.Errorf("%s: stat %v, want none", de.Name(), got[i].Name())
			}
			continue
		}
		stored++
		if got[i] == nil || got[i].Size() != info.Size() || !got[i].ModTime().Equal(info.ModTime()) {
			t.Errorf("%s: stat %v, want %v", de.Name(), got[i], info)
		}
	}
	if stored < 2*minParallelStats {
		t.Fatalf("only %d stored files stat-ed", stored)
	}
}

// TestOpenStoreFindsChangesWithoutRename: a file overwritten in place
// (same name, so the directory's own modification time does not change)
// is found at the next open, as are files added and removed, for
// documents in English and German.
func TestOpenStoreFindsChangesWithoutRename(t *testing.T) {
	docs := map[string]string{
		"en.md": "---\ntitle: Talks resume\nurl: https://example.org/en/1\nlang: en\n---\nThe talks resumed in Geneva.\n\n1. Both sides hold fire.\n2. Prisoners are exchanged.\n",
		"de.md": "---\ntitle: Gespräche gehen weiter\nurl: https://example.org/de/1\nlang: de\n---\nDie Gespräche in Genf gingen weiter.\n\n1. Beide Seiten stellen das Feuer ein.\n2. Gefangene werden ausgetauscht.\n",
	}
	changed := map[string]string{
		"en.md": "---\ntitle: Talks stall\nurl: https://example.org/en/1\nlang: en\n---\nThe talks stalled in Geneva.\n\n1. Neither side holds fire.\n",
		"de.md": "---\ntitle: Gespräche stocken\nurl: https://example.org/de/1\nlang: de\n---\nDie Gespräche in Genf stockten.\n\n1. Keine Seite stellt das Feuer ein.\n",
	}
	for _, name := range []string{"en.md", "de.md"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "docs")
			must(t, os.MkdirAll(dir, 0o755))
			path := filepath.Join(dir, name)
			must(t, os.WriteFile(path, []byte(docs[name]), 0o644))
			must(t, os.WriteFile(filepath.Join(dir, "gone.md"), []byte("---\ntitle: Removed\nurl: https://example.org/gone\n---\nA text removed later.\n"), 0o644))
			ageFiles(t, dir)
			s, err := OpenStore(dir) // writes the catalogue
			must(t, err)
			before := titles(s)

			dirInfo, err := os.Stat(dir)
			must(t, err)
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
			must(t, err)
			_, err = f.WriteString(changed[name])
			must(t, err)
			must(t, f.Close())
			old := time.Now().Add(-30 * time.Minute)
			must(t, os.Chtimes(path, old, old))
			if after, err := os.Stat(dir); err != nil || !after.ModTime().Equal(dirInfo.ModTime()) {
				t.Fatalf("the overwrite changed the directory's time (%v)", err)
			}

			s, err = OpenStore(dir)
			must(t, err)
			got := titles(s)
			orig, err := Parse([]byte(docs[name]), ParseOptions{Name: name})
			must(t, err)
			now, err := Parse([]byte(changed[name]), ParseOptions{Name: name})
			must(t, err)
			if !before[orig.Source.Title] {
				t.Fatalf("before the overwrite the store holds %v, want %q among them", before, orig.Source.Title)
			}
			if !got[now.Source.Title] || got[orig.Source.Title] {
				t.Errorf("after the overwrite the store holds %v, want %q and not %q", got, now.Source.Title, orig.Source.Title)
			}

			must(t, os.Remove(filepath.Join(dir, "gone.md")))
			must(t, os.WriteFile(filepath.Join(dir, "new.md"), []byte("---\ntitle: Added\nurl: https://example.org/new\n---\nA text added later.\n"), 0o644))
			s, err = OpenStore(dir)
			must(t, err)
			if n := len(s.Sources()) - len(Seed()); n != 2 {
				t.Errorf("after removing one file and adding one the store holds %d documents, want 2", n)
			}
		})
	}
}

// titles returns the titles of the store's documents.
func titles(s *Store) map[string]bool {
	out := map[string]bool{}
	for _, src := range s.Sources() {
		out[src.Title] = true
	}
	return out
}
