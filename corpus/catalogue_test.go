package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// catalogueStore stores n small documents in a new directory, dates their
// files an hour back (so the catalogue trusts them by stat, see
// racyWindow) and returns the directory and the stored sources.
func catalogueStore(t testing.TB, n int) (string, []Source) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "docs")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := clock(time.Date(2025, 11, 24, 8, 0, 0, 0, time.UTC))
	for i := range n {
		body := fmt.Sprintf("---\ntitle: Report %d\nurl: https://example.org/r/%d\n---\nReport %d on the talks.\n\n1. Point one of report %d.\n2. Point two.\n\nThe Kremlin spokesman Dmitry Peskov said report %d was premature.\n", i, i, i, i, i)
		if _, err := s.Put([]byte(body), ParseOptions{Name: fmt.Sprintf("r%d.md", i), Now: now}); err != nil {
			t.Fatal(err)
		}
	}
	ageFiles(t, dir)
	// a fresh open records the aged times in the catalogue
	s, err = OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	return dir, s.Sources()
}

// ageFiles dates every document file of dir an hour back.
func ageFiles(t testing.TB, dir string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	old := time.Now().Add(-time.Hour)
	for _, f := range files {
		if err := os.Chtimes(f, old, old); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCatalogueRebuilt: a missing, corrupt, foreign or lying catalogue
// never changes what the store holds; the files are the truth, and the
// catalogue is written again.
func TestCatalogueRebuilt(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(t *testing.T, path string)
	}{
		{"missing", func(t *testing.T, path string) { must(t, os.Remove(path)) }},
		{"corrupt", func(t *testing.T, path string) {
			data, err := os.ReadFile(path)
			must(t, err)
			must(t, os.WriteFile(path, data[:len(data)-20], 0o644))
		}},
		{"garbage", func(t *testing.T, path string) { must(t, os.WriteFile(path, []byte("{\"format\": 1, \"entr"), 0o644)) }},
		{"empty", func(t *testing.T, path string) { must(t, os.WriteFile(path, nil, 0o644)) }},
		{"other extraction", func(t *testing.T, path string) {
			editCatalogue(t, path, func(c *catalogue) {
				c.Version = "0:older-planbot"
				for i := range c.Entries {
					c.Entries[i].Source.Title = "stale title"
				}
			})
		}},
		{"other format", func(t *testing.T, path string) {
			editCatalogue(t, path, func(c *catalogue) { c.Format = catalogueFormat + 1 })
		}},
		{"entry for a removed file, file missing from it", func(t *testing.T, path string) {
			editCatalogue(t, path, func(c *catalogue) {
				ghost := c.Entries[0]
				ghost.File, ghost.Source.ID, ghost.Source.Hash = "ghost.md", "ghost", "ghost"
				c.Entries = append(c.Entries[1:], ghost)
			})
		}},
		{"stat differs from the file", func(t *testing.T, path string) {
			editCatalogue(t, path, func(c *catalogue) {
				for i := range c.Entries {
					c.Entries[i].MTime++
					c.Entries[i].Sum = "0000"
					c.Entries[i].Source.Title = "stale title"
				}
			})
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir, want := catalogueStore(t, 3)
			path := filepath.Join(dir, catalogueFile)
			tc.spoil(t, path)
			s, err := OpenStore(dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Sources(); !reflect.DeepEqual(got, want) {
				t.Errorf("Sources() = %+v\nwant %+v", got, want)
			}
			cat := readCatalogue(dir)
			if len(cat) != len(want)-len(Seed()) {
				t.Fatalf("rewritten catalogue holds %d entries, want %d", len(cat), len(want)-len(Seed()))
			}
			for _, src := range want[len(Seed()):] {
				e, ok := cat[src.ID+".md"]
				if !ok || e.Source != src {
					t.Errorf("catalogue entry for %s = %+v, %v", src.ID, e.Source, ok)
				}
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func editCatalogue(t *testing.T, path string, edit func(*catalogue)) {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	c, err := decodeCatalogue(data)
	must(t, err)
	edit(&c)
	must(t, os.WriteFile(path, c.encode(), 0o644))
}

// TestCatalogueSparesUnchangedFiles: a file whose size and modification
// time match its catalogue entry is not read at all, which is what makes
// opening a large store cheap. The test swaps a file's bytes for garbage of
// the same size under the same time: only a store that reads it fails.
func TestCatalogueSparesUnchangedFiles(t *testing.T) {
	dir, want := catalogueStore(t, 3)
	file := filepath.Join(dir, want[len(Seed())].ID+".md")
	info, err := os.Stat(file)
	must(t, err)
	must(t, os.WriteFile(file, []byte(strings.Repeat("\x00", int(info.Size()))), 0o644))
	must(t, os.Chtimes(file, info.ModTime(), info.ModTime()))
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatalf("OpenStore read a file its catalogue describes: %v", err)
	}
	if got := s.Sources(); !reflect.DeepEqual(got, want) {
		t.Errorf("Sources() = %+v, want %+v", got, want)
	}
	// Get reads the file: it no longer holds that document
	if _, ok := s.Get(want[len(Seed())].ID); ok {
		t.Error("Get returned a document whose file holds other bytes")
	}
	// a new time makes the store read it: now the garbage is an error
	later := info.ModTime().Add(time.Minute)
	must(t, os.Chtimes(file, later, later))
	if _, err := OpenStore(dir); err == nil || !strings.Contains(err.Error(), filepath.Base(file)) {
		t.Errorf("OpenStore of a changed, broken file: %v, want an error naming it", err)
	}
}

// TestCatalogueNoticesOtherProcesses: documents another process adds,
// replaces, removes or edits are noticed, both by a store that is open
// (ReloadChanges) and by one opened over the catalogue that process wrote
// or did not write.
func TestCatalogueNoticesOtherProcesses(t *testing.T) {
	dir, before := catalogueStore(t, 3)
	oldCatalogue, err := os.ReadFile(filepath.Join(dir, catalogueFile))
	must(t, err)
	running, err := OpenStore(dir)
	must(t, err)
	other, err := OpenStore(dir)
	must(t, err)

	// added
	added, err := other.Put([]byte("A new report. Rubio said the talks were useful.\n"), ParseOptions{Name: "new.md"})
	must(t, err)
	// replaced: the same URL with other text
	v2, err := other.Put([]byte("---\ntitle: Report 1\nurl: https://example.org/r/1\n---\nReport 1, corrected.\n\n1. Point one, corrected.\n"), ParseOptions{Name: "r1.md"})
	must(t, err)
	if len(v2.Replaced) != 1 {
		t.Fatalf("Put v2 replaced %d", len(v2.Replaced))
	}
	// removed by hand
	gone := before[len(Seed())]
	must(t, os.Remove(filepath.Join(dir, gone.ID+".md")))
	// the header edited by hand: same text, new title
	edited := before[len(Seed())+2]
	path := filepath.Join(dir, edited.ID+".md")
	content, err := os.ReadFile(path)
	must(t, err)
	must(t, os.WriteFile(path, []byte(strings.Replace(string(content), "title: Report 2", "title: Report two", 1)), 0o644))

	wantIDs := []string{added.Doc.Source.ID, v2.Doc.Source.ID, edited.ID}
	check := func(name string, s *Store) {
		t.Helper()
		ids := map[string]Source{}
		for _, src := range s.Sources() {
			ids[src.ID] = src
		}
		for _, id := range wantIDs {
			if _, ok := ids[id]; !ok {
				t.Errorf("%s: %s missing", name, id)
			}
		}
		for _, id := range []string{gone.ID, v2.Replaced[0].ID} {
			if _, ok := ids[id]; ok {
				t.Errorf("%s: %s still listed", name, id)
			}
		}
		if ids[edited.ID].Title != "Report two" {
			t.Errorf("%s: edited title %q", name, ids[edited.ID].Title)
		}
		if len(ids) != len(Seed())+3 {
			t.Errorf("%s: %d sources, want seed + 3", name, len(ids))
		}
		if d, ok := s.Get(added.Doc.Source.ID); !ok || d.Source.ID != added.Doc.Source.ID {
			t.Errorf("%s: Get(new) = %v", name, ok)
		}
	}

	r, err := running.ReloadChanges(context.Background())
	must(t, err)
	var addedIDs, removedIDs []string
	for _, d := range r.Added {
		addedIDs = append(addedIDs, d.Source.ID)
	}
	for _, s := range r.Removed {
		removedIDs = append(removedIDs, s.ID)
	}
	if len(r.Added) != 3 || len(r.Removed) != 3 {
		t.Errorf("ReloadChanges added %v, removed %v; want the new, v2 and the edited one added, and gone, v1 and the edited one's old header removed", addedIDs, removedIDs)
	}
	check("running store", running)

	// over the catalogue running's reload wrote
	fresh, err := OpenStore(dir)
	must(t, err)
	check("reopened store", fresh)
	// over the catalogue from before the changes, as when the other
	// process died before writing one
	must(t, os.WriteFile(filepath.Join(dir, catalogueFile), oldCatalogue, 0o644))
	stale, err := OpenStore(dir)
	must(t, err)
	check("store over a stale catalogue", stale)
}

// TestStoreKeepsNoDocuments: documents nobody holds are not kept, and are
// parsed again, identical, when asked for.
func TestStoreKeepsNoDocuments(t *testing.T) {
	dir, want := catalogueStore(t, 2)
	s, err := OpenStore(dir)
	must(t, err)
	docs := s.Documents()
	if len(docs) != len(want) {
		t.Fatalf("Documents() = %d, want %d", len(docs), len(want))
	}
	for i, d := range docs {
		if d.Source != want[i] {
			t.Errorf("document %d: %+v, want %+v", i, d.Source, want[i])
		}
		if e := s.Entries()[i]; e.Fingerprint != Fingerprint(d) {
			t.Errorf("entry %d fingerprint %s, the document's %s", i, e.Fingerprint, Fingerprint(d))
		}
	}
	held := docs[len(Seed())]
	if again, _ := s.Get(held.Source.ID); again != held {
		t.Error("Get parsed again a document still held")
	}
}

// BenchmarkOpenStore opens a store of 500 documents from its catalogue
// (the common start) and without it (the first start of a new planbot).
func BenchmarkOpenStore(b *testing.B) {
	dir, _ := catalogueStore(b, 500)
	b.Run("catalogue", func(b *testing.B) {
		for b.Loop() {
			if _, err := OpenStore(dir); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("rebuild", func(b *testing.B) {
		for b.Loop() {
			if err := os.Remove(filepath.Join(dir, catalogueFile)); err != nil {
				b.Fatal(err)
			}
			if _, err := OpenStore(dir); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestCatalogueLines: every Source field is kept (a field added to Source
// must be added to the catalogue too, or stores would lose it), and values
// with tabs, newlines and backslashes come back as they were.
func TestCatalogueLines(t *testing.T) {
	if n := reflect.TypeOf(Source{}).NumField(); n != 10 {
		t.Fatalf("Source has %d fields; the catalogue line keeps 10: update catEntry.fields, setFields and catFields", n)
	}
	e := catEntry{File: "a.md", Size: 12, MTime: -3, Seen: 1 << 60, Sum: "ab",
		Source: Source{ID: "id", Title: "tab\there, newline\nthere, back\\slash \\t", Outlet: "o\r", URL: "u", Published: "2025-01-02",
			Lang: "en", Plan: "p", Hash: "h", Added: "2025", Guild: "g"},
		Name: "n", PlanFallback: "\\", Fingerprint: "fp", Points: strings.Repeat("0123456789abcdef", 4)}
	if len(e.fields()) != catFields {
		t.Fatalf("fields() = %d, want %d", len(e.fields()), catFields)
	}
	in := catalogue{Format: catalogueFormat, Version: extractionVersion(), Entries: []catEntry{e, {File: "b.md", Source: Source{ID: "b"}, Fingerprint: "x"}}}
	out, err := decodeCatalogue(in.encode())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out, in) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out, in)
	}
}

// TestCatalogueSettlesOwnWrites: files this process wrote are recorded as
// trusted by their stat once they are older than racyWindow, so the next
// open after an ingest does not read them all again.
func TestCatalogueSettlesOwnWrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	s, err := OpenStore(dir)
	must(t, err)
	res, err := s.Put([]byte("A report. Rubio said the talks were useful.\n"), ParseOptions{Name: "a.md"})
	must(t, err)
	time.Sleep(racyWindow + 100*time.Millisecond)
	must(t, s.SaveCatalogue())
	// same size, same time, other bytes: only a store that reads it notices
	file := filepath.Join(dir, res.Doc.Source.ID+".md")
	info, err := os.Stat(file)
	must(t, err)
	must(t, os.WriteFile(file, []byte(strings.Repeat("\x00", int(info.Size()))), 0o644))
	must(t, os.Chtimes(file, info.ModTime(), info.ModTime()))
	if _, err := OpenStore(dir); err != nil {
		t.Errorf("OpenStore read a file the catalogue settled: %v", err)
	}
}

// TestEntriesPoints: Entries gives the PointSums of every document's
// numbered provisions, the same whether the store parsed the document or
// read the catalogue.
func TestEntriesPoints(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := clock(time.Date(2025, 11, 24, 8, 0, 0, 0, time.UTC))
	for name, body := range map[string]string{
		"points.md": "---\ntitle: The points\nurl: https://example.org/points\n---\nThe draft reads:\n\n1. Point one of the draft.\n2. Point two of the draft.\n",
		"talk.md":   "---\ntitle: The talks\nurl: https://example.org/talk\n---\nThe Kremlin spokesman Dmitry Peskov said the talks were premature.\n",
	} {
		if _, err := s.Put([]byte(body), ParseOptions{Name: name, Now: now}); err != nil {
			t.Fatal(err)
		}
	}
	must(t, s.SaveCatalogue())
	ageFiles(t, dir)
	for _, when := range []string{"parsed", "from the catalogue"} {
		if when != "parsed" {
			if s, err = OpenStore(dir); err != nil {
				t.Fatal(err)
			}
		}
		numbered := 0
		for _, e := range s.Entries() {
			d, ok := s.Get(e.Source.ID)
			if !ok {
				t.Fatalf("%s: no document %s", when, e.Source.ID)
			}
			var want []PointSum
			for _, p := range d.Provisions {
				if p.Number > 0 {
					want = append(want, PointSumOf(p))
				}
			}
			got := DecodePoints(e.Points)
			if !reflect.DeepEqual(got, append([]PointSum{}, want...)) {
				t.Errorf("%s: %s points %v, want %v", when, e.Source.Title, got, want)
			}
			if d.Source.Title == "The points" {
				numbered = len(got)
			}
		}
		if numbered != 2 {
			t.Errorf("%s: the draft has %d numbered points, want 2", when, numbered)
		}
	}
}

// TestPointSumOf: case and spacing do not matter; plan, number and words
// do.
func TestPointSumOf(t *testing.T) {
	base := Provision{Plan: "US 28-point draft", Number: 3, Text: "Ukraine will not join NATO."}
	same := Provision{Plan: " us 28-POINT draft", Number: 3, Text: "ukraine  will not\njoin nato."}
	if PointSumOf(base) != PointSumOf(same) {
		t.Errorf("%+v and %+v differ", base, same)
	}
	for _, other := range []Provision{
		{Plan: "European counter-proposal", Number: 3, Text: base.Text},
		{Plan: base.Plan, Number: 4, Text: base.Text},
		{Plan: base.Plan, Number: 3, Text: "Ukraine may join NATO."},
	} {
		a, b := PointSumOf(base), PointSumOf(other)
		if a.Text == b.Text {
			t.Errorf("%+v restates %+v", other, base)
		}
		if (a.Key == b.Key) != (other.Plan == base.Plan && other.Number == base.Number) {
			t.Errorf("%+v: key equal %v", other, a.Key == b.Key)
		}
	}
}
