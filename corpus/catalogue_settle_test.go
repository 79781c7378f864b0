package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestCatalogueSettlesOnLaterSave: a catalogue saved right after the files
// were written (an ingest's first save, with nothing else changed since)
// is written again by a later SaveCatalogue once the files are older than
// racyWindow, so every entry is then trusted by its stat and the next open
// reads no file. Documents in two languages, as an ingest of a folder
// would hold.
func TestCatalogueSettlesOnLaterSave(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	s, err := OpenStore(dir)
	must(t, err)
	for i, body := range []string{
		"---\ntitle: Talks\nurl: https://example.org/talks\n---\nThe envoys met again. Rubio said the talks were useful.\n",
		"---\ntitle: Gespräche\nurl: https://example.org/gespraeche\nlang: de\n---\nDie Gesandten trafen sich erneut. Merz sagte, die Gespräche seien nützlich gewesen.\n",
	} {
		_, err := s.Put([]byte(body), ParseOptions{Name: fmt.Sprintf("doc%d.md", i)})
		must(t, err)
	}
	must(t, s.SaveCatalogue()) // right after the writes: racy entries
	time.Sleep(racyWindow + 100*time.Millisecond)
	must(t, s.SaveCatalogue()) // nothing changed but time
	cat := readCatalogue(dir)
	if len(cat) != 2 {
		t.Fatalf("catalogue holds %d entries, want 2", len(cat))
	}
	for name, c := range cat {
		info, err := os.Stat(filepath.Join(dir, name))
		must(t, err)
		if !c.trusted(info.Size(), info.ModTime()) {
			t.Errorf("%s: not trusted by its stat after the later save (mtime %d, seen %d)", name, c.MTime, c.Seen)
		}
	}
}
