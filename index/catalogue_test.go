package index

import (
	"context"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"planbot/corpus"
)

// countingCatalogue is a Catalogue over docs that counts the documents
// fetched.
type countingCatalogue struct {
	docs []*corpus.Document
	mu   sync.Mutex
	got  []string
}

func (c *countingCatalogue) Entries() []corpus.Entry {
	out := make([]corpus.Entry, len(c.docs))
	for i, d := range c.docs {
		out[i] = corpus.Entry{Source: d.Source, Fingerprint: fingerprint(d)}
	}
	return out
}

func (c *countingCatalogue) Get(id string) (*corpus.Document, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.got = append(c.got, id)
	for _, d := range c.docs {
		if d.Source.ID == id {
			return d, true
		}
	}
	return nil, false
}

func (c *countingCatalogue) fetched() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := append([]string(nil), c.got...)
	sort.Strings(out)
	c.got = nil
	return out
}

// TestOpenCatalogueFetchesOnlyWhatChanged: an index in step with its
// catalogue opens without fetching a document; one behind it fetches only
// the documents it lacks or holds in another extraction, and drops the
// sources the catalogue no longer has, whichever process changed it.
func TestOpenCatalogueFetchesOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	if len(docs) < 3 {
		t.Fatalf("need 3 test documents, have %d", len(docs))
	}
	dir := filepath.Join(t.TempDir(), "index")
	open := func(cat *countingCatalogue) *Index {
		t.Helper()
		ix, err := OpenCatalogue(ctx, Options{Dir: dir}, cat)
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	ids := func(ds ...*corpus.Document) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.Source.ID)
		}
		sort.Strings(out)
		return out
	}
	same := func(a, b []string) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}

	// docs[1] as an older extraction gave it: one passage fewer
	older := *docs[1]
	older.Passages = older.Passages[:len(older.Passages)-1]
	if fingerprint(&older) == fingerprint(docs[1]) {
		t.Fatal("the older extraction has the same fingerprint")
	}
	cat := &countingCatalogue{docs: []*corpus.Document{docs[0], &older}}
	ix := open(cat)
	if got := cat.fetched(); !same(got, ids(docs[:2]...)) {
		t.Errorf("first build fetched %v, want %v", got, ids(docs[:2]...))
	}
	ix.Close()

	ix = open(cat)
	if got := cat.fetched(); len(got) != 0 {
		t.Errorf("reopen in step fetched %v, want nothing", got)
	}
	if got, want := count(t, ix), recordCount([]*corpus.Document{docs[0], &older}); got != want {
		t.Errorf("Count = %d, want %d", got, want)
	}
	ix.Close()

	// one added, one gone, one re-extracted
	cat = &countingCatalogue{docs: docs[1:3]}
	ix = open(cat)
	if got, want := cat.fetched(), ids(docs[1], docs[2]); !same(got, want) {
		t.Errorf("sync fetched %v, want %v", got, want)
	}
	if got, want := count(t, ix), recordCount(docs[1:3]); got != want {
		t.Errorf("Count after sync = %d, want %d", got, want)
	}
	res, err := ix.Search(ctx, corpus.Query{Text: docs[0].Source.Title, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.Source.ID == docs[0].Source.ID {
			t.Errorf("hit %s from a source no longer in the catalogue", h.ID)
		}
	}
	ix.Close()

	// Add and Remove keep the digest: the next open fetches nothing
	cat = &countingCatalogue{docs: docs[1:3]}
	ix = open(cat)
	if got := cat.fetched(); len(got) != 0 {
		t.Errorf("reopen after sync fetched %v", got)
	}
	if err := ix.Add(ctx, docs[0]); err != nil {
		t.Fatal(err)
	}
	if err := ix.Remove(ctx, docs[2].Source.ID); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	cat = &countingCatalogue{docs: []*corpus.Document{docs[0], docs[1]}}
	ix = open(cat)
	if got := cat.fetched(); len(got) != 0 {
		t.Errorf("reopen after Add and Remove fetched %v, want nothing", got)
	}
	if got, want := count(t, ix), recordCount(docs[:2]); got != want {
		t.Errorf("Count = %d, want %d", got, want)
	}
	ix.Close()
}

// TestOpenCatalogueMissingDocument: a document the catalogue lists but
// cannot fetch (its file went away meanwhile) is skipped, not an error,
// and looked for again on the next open.
func TestOpenCatalogueMissingDocument(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	dir := filepath.Join(t.TempDir(), "index")
	lying := &countingCatalogue{docs: docs[:1]}
	entries := append(lying.Entries(), corpus.Entry{Source: docs[1].Source, Fingerprint: fingerprint(docs[1])})
	cat := &fixedEntries{countingCatalogue: lying, entries: entries}
	ix, err := OpenCatalogue(ctx, Options{Dir: dir}, cat)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	full := &countingCatalogue{docs: docs[:2]}
	ix, err = OpenCatalogue(ctx, Options{Dir: dir}, full)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := full.fetched(); len(got) != 1 || got[0] != docs[1].Source.ID {
		t.Errorf("second open fetched %v, want the missing document", got)
	}
	if got, want := count(t, ix), recordCount(docs[:2]); got != want {
		t.Errorf("Count = %d, want %d", got, want)
	}
}

type fixedEntries struct {
	*countingCatalogue
	entries []corpus.Entry
}

func (f *fixedEntries) Entries() []corpus.Entry { return f.entries }
