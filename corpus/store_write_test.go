package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// writeSteps are documents stored one after the other, in several
// languages: new ones, a new version of one under the same file name, and
// the same text again under a new title (a new header, which keeps the
// older version's Added time).
var writeSteps = []struct{ name, text string }{
	{"ceasefire.md", "Ceasefire. The envoy said both sides would hold their lines until spring.\n"},
	{"grenze.md", "Grenze. Der Minister sagte, die Gespräche über die Grenze würden fortgesetzt.\n"},
	{"sommet.md", "Sommet. La porte-parole a déclaré que le sommet aurait lieu en mars.\n"},
	{"ceasefire.md", "Ceasefire. The envoy said the lines would be held through the winter.\n"},
	{"grenze.md", "---\ntitle: Neue Überschrift\n---\nGrenze. Der Minister sagte, die Gespräche über die Grenze würden fortgesetzt.\n"},
	{"sommet.md", "Sommet. La porte-parole a déclaré que le sommet aurait lieu en mars.\n"},
}

// TestPutResultFingerprint: what Put reports as the stored document's
// fingerprint (handed to the index so that it need not hash the
// extraction again) is the fingerprint of the document as stored, also
// when storing it changed its Source (a new header keeps the older
// version's Added time), for Put and for a Batch alike.
func TestPutResultFingerprint(t *testing.T) {
	for _, batched := range []bool{false, true} {
		t.Run(fmt.Sprintf("batch=%v", batched), func(t *testing.T) {
			s, err := OpenStore(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			now := clock(time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC))
			b := s.NewBatch()
			restated := false
			for i, st := range writeSteps {
				opts := ParseOptions{Name: st.name, Now: now}
				var res PutResult
				if batched {
					res, err = b.Put([]byte(st.text), opts)
				} else {
					res, err = s.Put([]byte(st.text), opts)
				}
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if !res.Added {
					continue
				}
				if got, want := res.Fingerprint, Fingerprint(res.Doc); got != want {
					t.Errorf("step %d (%s): PutResult.Fingerprint %s, the stored document's %s", i, st.name, got, want)
				}
				if len(res.Replaced) == 1 && res.Replaced[0].ID == res.Doc.Source.ID {
					restated = true
				}
			}
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			if !restated {
				t.Error("no step restated a document under a new header: the table lost its point")
			}
		})
	}
}

// TestBatchWritesAsPut: a Batch, which writes its files on writers of its
// own, leaves the same files as Put, and its catalogue describes each
// file as it is on disk (the writers' sums and stats reach the entries).
func TestBatchWritesAsPut(t *testing.T) {
	store := func(batched bool) string {
		dir := t.TempDir()
		s, err := OpenStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		now := clock(time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC))
		b := s.NewBatch()
		for i, st := range writeSteps {
			opts := ParseOptions{Name: st.name, Now: now}
			if batched {
				_, err = b.Put([]byte(st.text), opts)
				if err == nil && i == 2 {
					err = b.Commit() // a commit mid-way, as ingest does
				}
			} else {
				_, err = s.Put([]byte(st.text), opts)
			}
			if err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		// Written by the store that stored the files, from its entries.
		if err := s.SaveCatalogue(); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	put, batch := store(false), store(true)
	putNames, _ := storedNames(t, put)
	batchNames, temps := storedNames(t, batch)
	if !slices.Equal(putNames, batchNames) || temps != 0 {
		t.Fatalf("batch stored %v (%d temps), Put %v", batchNames, temps, putNames)
	}
	for _, n := range putNames {
		a, _ := os.ReadFile(filepath.Join(put, n))
		b, _ := os.ReadFile(filepath.Join(batch, n))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs:\nPut:\n%s\nbatch:\n%s", n, a, b)
		}
	}
	cat := readCatalogue(batch)
	if len(cat) != len(batchNames) {
		t.Fatalf("catalogue holds %d files, the directory %d", len(cat), len(batchNames))
	}
	for _, n := range batchNames {
		c := cat[n]
		path := filepath.Join(batch, n)
		data, _ := os.ReadFile(path)
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if c.Sum != fileSum(data) || c.Size != info.Size() || c.MTime != info.ModTime().UnixNano() || c.Seen < c.MTime {
			t.Errorf("%s: catalogue says sum %q size %d mtime %d seen %d; the file has %q %d %d", n, c.Sum, c.Size, c.MTime, c.Seen, fileSum(data), info.Size(), info.ModTime().UnixNano())
		}
	}
}
