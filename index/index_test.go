package index

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"planbot/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestMappingGolden pins the mapping: any change shows up in review and must
// come with a new golden file (and rebuilds every index on its next start).
func TestMappingGolden(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(im, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "mapping.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("mapping differs from %s; if intended, bump mappingVersion if needed and run go test -update", path)
	}
}

func TestParseSynonyms(t *testing.T) {
	groups, err := parseSynonyms(synonymData)
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) < 10 {
		t.Fatalf("got %d synonym groups, want the domain list", len(groups))
	}
	for _, bad := range []string{"lonely", "a =>", "=> b"} {
		if _, err := parseSynonyms([]byte(bad)); err == nil {
			t.Errorf("parseSynonyms(%q) = nil error, want one", bad)
		}
	}
}

// observed returns a logger whose Info and above entries can be inspected.
func observed() (*zap.Logger, *observer.ObservedLogs) {
	core, logs := observer.New(zap.InfoLevel)
	return zap.New(core), logs
}

func count(t *testing.T, ix *Index) uint64 {
	t.Helper()
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// recordCount is how many searchable records docs make: every provision
// and statement, and every passage not folded into one of them.
func recordCount(docs []*corpus.Document) uint64 {
	var n uint64
	for _, d := range docs {
		n += uint64(len(records(d)) - 1) // the source marker is not searchable
	}
	return n
}

func TestOpenOnDisk(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	dir := filepath.Join(t.TempDir(), "index")
	log, logs := observed()

	ix, err := Open(ctx, Options{Dir: dir, Logger: log}, docs[:2])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := count(t, ix), recordCount(docs[:2]); got != want {
		t.Fatalf("Count after first Open = %d, want %d", got, want)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopening with more documents adds only the missing ones.
	logs.TakeAll()
	ix, err = Open(ctx, Options{Dir: dir, Logger: log}, docs)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := count(t, ix), recordCount(docs); got != want {
		t.Fatalf("Count after sync = %d, want %d", got, want)
	}
	if e := logs.FilterMessage("index sync").All(); len(e) != 1 || e[0].ContextMap()["add"] != int64(len(docs)-2) {
		t.Fatalf("sync log = %v, want one entry adding %d", e, len(docs)-2)
	}
	if n := logs.FilterMessageSnippet("rebuilding").Len(); n != 0 {
		t.Fatalf("index was rebuilt on a plain reopen")
	}
	ix.Close()

	// Reopening with the same documents does nothing.
	logs.TakeAll()
	ix, err = Open(ctx, Options{Dir: dir, Logger: log}, docs)
	if err != nil {
		t.Fatal(err)
	}
	if logs.Len() != 0 {
		t.Fatalf("reopen logged %v, want nothing", logs.All())
	}
	ix.Close()

	// A document gone from the corpus leaves the index.
	ix, err = Open(ctx, Options{Dir: dir, Logger: log}, docs[1:])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := count(t, ix), recordCount(docs[1:]); got != want {
		t.Fatalf("Count after removal = %d, want %d", got, want)
	}
	ix.Close()
}

func TestOpenRebuilds(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	for _, tc := range []struct {
		name   string
		break_ func(t *testing.T, dir string)
	}{
		{"mapping version changed", func(t *testing.T, dir string) {
			idx, err := bleve.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := idx.SetInternal(keyVersion, []byte("0-older")); err != nil {
				t.Fatal(err)
			}
			idx.Close()
		}},
		{"index metadata corrupt", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte("{not json"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"store deleted", func(t *testing.T, dir string) {
			if err := os.RemoveAll(filepath.Join(dir, "store")); err != nil {
				t.Fatal(err)
			}
		}},
		{"interrupted first build", func(t *testing.T, dir string) {
			idx, err := bleve.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := idx.DeleteInternal(keyVersion); err != nil {
				t.Fatal(err)
			}
			idx.Close()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "index")
			ix, err := Open(ctx, Options{Dir: dir}, docs)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			tc.break_(t, dir)
			log, logs := observed()
			ix, err = Open(ctx, Options{Dir: dir, Logger: log}, docs)
			if err != nil {
				t.Fatalf("Open after %s: %v", tc.name, err)
			}
			defer ix.Close()
			if logs.FilterMessageSnippet("rebuilding").Len() != 1 {
				t.Fatalf("logs %v, want one rebuild", logs.All())
			}
			if got, want := count(t, ix), recordCount(docs); got != want {
				t.Fatalf("Count after rebuild = %d, want %d", got, want)
			}
			res, err := ix.Search(ctx, corpus.Query{Text: "nato"})
			if err != nil || len(res.Hits) == 0 {
				t.Fatalf("Search after rebuild: %d hits, %v", len(res.Hits), err)
			}
		})
	}
}

// TestOpenLocked: a second process opening an index in use gets an error
// after a short wait, and the index is left alone.
func TestOpenLocked(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the lock timeout")
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(ctx, Options{Dir: dir}, testDocs(t))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := Open(ctx, Options{Dir: dir}, nil); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second Open: %v, want an in-use error", err)
	}
	if res, err := ix.Search(ctx, corpus.Query{Text: "nato"}); err != nil || len(res.Hits) == 0 {
		t.Fatalf("first index after refused open: %d hits, %v", len(res.Hits), err)
	}
}

func TestAddIdempotentAndReplaces(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	ix, err := Open(ctx, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for range 2 {
		if err := ix.Add(ctx, docs...); err != nil {
			t.Fatal(err)
		}
		if got, want := count(t, ix), recordCount(docs); got != want {
			t.Fatalf("Count = %d, want %d", got, want)
		}
	}
	// A re-extraction that drops a provision replaces the document's records.
	var withProvs *corpus.Document
	for _, d := range docs {
		if len(d.Provisions) > 1 {
			withProvs = d
			break
		}
	}
	changed := *withProvs
	dropped := changed.Provisions[0]
	changed.Provisions = changed.Provisions[1:]
	if err := ix.Add(ctx, &changed); err != nil {
		t.Fatal(err)
	}
	// The dropped provision's paragraph stays searchable as a passage.
	after := append([]*corpus.Document(nil), docs...)
	for i, d := range after {
		if d == withProvs {
			after[i] = &changed
		}
	}
	if got, want := count(t, ix), recordCount(after); got != want {
		t.Fatalf("Count after re-extraction = %d, want %d", got, want)
	}
	res, err := ix.Search(ctx, corpus.Query{Text: dropped.Text, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.ID == dropped.ID {
			t.Fatalf("dropped provision %s still found", dropped.ID)
		}
	}
}

// TestSearchWhileAdding runs searches concurrently with Add (run with -race).
func TestSearchWhileAdding(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "index")}, testDocs(t))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			res, err := ix.Search(ctx, corpus.Query{Text: BenchQueries[i%len(BenchQueries)]})
			if err == nil && res.Hits == nil {
				err = errNilHits
			}
			if err != nil {
				errs <- err
				return
			}
		}
	}()
	syn := Synthetic(3000, 7)
	for i := 0; i < len(syn); i += 20 {
		if err := ix.Add(ctx, syn[i:min(i+20, len(syn))]...); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	select {
	case err := <-errs:
		t.Fatalf("search during Add: %v", err)
	default:
	}
	if got, want := count(t, ix), recordCount(testDocs(t))+recordCount(syn); got != want {
		t.Fatalf("Count = %d, want %d", got, want)
	}
}

type constErr string

func (e constErr) Error() string { return string(e) }

const errNilHits = constErr("Hits is nil")
