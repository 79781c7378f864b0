package index

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"

	"planbot/corpus"
)

// bulkDocs are n short reports of the writer's own, alternately in
// English and German.
func bulkDocs(t testing.TB, n int) []*corpus.Document {
	t.Helper()
	var docs []*corpus.Document
	for i := range n {
		text := fmt.Sprintf("---\ntitle: Round %d in Oslo\nlang: en\n---\n\nNegotiators met for round %d in Oslo.\n\nThe text lists:\n\n1. A truce of %d days.\n2. The release of %d detainees.\n", i, i, 20+i, 50+i)
		if i%2 == 1 {
			text = fmt.Sprintf("---\ntitle: Runde %d in Oslo\nlang: de\n---\n\nDie Unterhändler trafen sich zur Runde %d in Oslo.\n\nDer Text nennt:\n\n1. Eine Feuerpause von %d Tagen.\n2. Die Freilassung von %d Häftlingen.\n", i, i, 20+i, 50+i)
		}
		d, err := corpus.Parse([]byte(text), corpus.ParseOptions{Name: fmt.Sprintf("bulk-%d.md", i)})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestBulkLoad: an index opened for a bulk load merges nothing while the
// documents arrive (each Add is a segment of its own), writes its
// version only once the load is finished (by Compact, or by Close), and
// after Compact holds two segments, the documents' and the thesaurus's;
// reopened normally it is not rebuilt and holds every record.
func TestBulkLoad(t *testing.T) {
	ctx := context.Background()
	docs := bulkDocs(t, 12)
	for _, tc := range []struct {
		name         string
		compact      bool
		wantSegments int // after Compact
	}{
		{"compacted", true, 2},
		{"closed without compacting", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "index")
			ix, err := Open(ctx, Options{Dir: dir, Bulk: true}, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				if err := ix.Add(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			if v, err := ix.idx.GetInternal(keyVersion); err != nil || len(v) != 0 {
				t.Errorf("version %q stored before the load finished (%v)", v, err)
			}
			sc := scorchOf(t, ix)
			if n := segmentCount(sc); n < len(docs) {
				t.Errorf("%d segments after %d adds: merged during a bulk load", n, len(docs))
			}
			if tc.compact {
				if err := ix.Compact(ctx); err != nil {
					t.Fatal(err)
				}
				if n := segmentCount(sc); n != tc.wantSegments {
					t.Errorf("%d segments after Compact, want %d", n, tc.wantSegments)
				}
				if v, err := ix.idx.GetInternal(keyVersion); err != nil || len(v) == 0 {
					t.Errorf("no version after Compact (%v)", err)
				}
			}
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			log, logs := observed()
			ix, err = Open(ctx, Options{Dir: dir, Logger: log}, docs)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			if logs.FilterMessageSnippet("rebuilding").Len() != 0 {
				t.Errorf("reopened index was rebuilt: %v", logs.All())
			}
			if got, want := count(t, ix), recordCount(docs); got != want {
				t.Errorf("reopened index holds %d records, want %d", got, want)
			}
		})
	}
}

// scorchOf is ix's scorch index.
func scorchOf(t *testing.T, ix *Index) *scorch.Scorch {
	t.Helper()
	adv, err := ix.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		t.Fatalf("index is %T, not scorch", adv)
	}
	return sc
}

// TestCompactBuildOverlapsThesaurus: at the end of a new index's bulk
// load, Compact writes the thesaurus while the merge runs (compactBuild),
// yet the thesaurus stays a segment of its own and the index answers
// synonym and cross-language queries, in English and German, as an index
// built without a bulk load does. Repeated, since the overlap is timing.
func TestCompactBuildOverlapsThesaurus(t *testing.T) {
	ctx := context.Background()
	docs := bulkDocs(t, 10)
	plain, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	qs := []corpus.Query{{Text: "ceasefire"}, {Text: "detainees"}, {Text: "prisoners"}, {Text: "Feuerpause"}, {Text: "Häftlinge Oslo"}}
	want := searchEach(ctx, t, plain, qs)
	for i, w := range want {
		if len(w.Hits) == 0 {
			t.Fatalf("%q finds nothing even without a bulk load: the test shows nothing", qs[i].Text)
		}
	}
	for round := range 4 {
		called, ended := false, false
		dir := filepath.Join(t.TempDir(), "index")
		ix, err := Open(ctx, Options{Dir: dir, Bulk: true}, nil)
		if err != nil {
			t.Fatal(err)
		}
		ix.diag.afterMergePlanned = func(mergeEnded bool) { called, ended = true, mergeEnded }
		for _, d := range docs {
			if err := ix.Add(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		if err := ix.Compact(ctx); err != nil {
			t.Fatal(err)
		}
		if !called {
			t.Fatalf("round %d: Compact of a new bulk index did not write the thesaurus beside its merge", round)
		}
		// Whether the merge was still running is timing, logged only.
		t.Logf("round %d: merge still running as the thesaurus began: %v", round, !ended)
		if n := segmentCount(scorchOf(t, ix)); n != 2 {
			t.Errorf("round %d: %d segments after Compact, want 2 (the records', the thesaurus's)", round, n)
		}
		if v, err := ix.idx.GetInternal(keyVersion); err != nil || len(v) == 0 {
			t.Errorf("round %d: no version after Compact (%v)", round, err)
		}
		got := searchEach(ctx, t, ix, qs)
		for i := range qs {
			if g, w := hitIDs(got[i]), hitIDs(want[i]); fmt.Sprint(g) != fmt.Sprint(w) {
				t.Errorf("round %d: %q finds %v, want %v", round, qs[i].Text, g, w)
			}
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAddFingerprinted: the fingerprints a caller hands AddFingerprinted
// (the store's) are the ones the index records, so it does not hash the
// extraction again; an unknown one ("") is computed. With the right
// fingerprints the index records what Add records.
func TestAddFingerprinted(t *testing.T) {
	ctx := context.Background()
	docs := bulkDocs(t, 4)
	fps := make([]string, len(docs))
	for i, d := range docs {
		fps[i] = corpus.Fingerprint(d)
	}
	given := slices.Clone(fps)
	given[0] = "given-by-the-store"
	given[1] = ""
	ix, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "index")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.AddFingerprinted(ctx, docs, given[:1]); err == nil {
		t.Error("fewer fingerprints than documents accepted")
	}
	if err := ix.AddFingerprinted(ctx, docs, given); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.Source.ID
	}
	have, err := ix.fingerprintsOf(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(fps)
	want[0] = given[0]
	for i, id := range ids {
		if have[id] != want[i] {
			t.Errorf("document %d recorded with fingerprint %q, want %q", i, have[id], want[i])
		}
	}
	// Add with the true fingerprints replaces only the document whose
	// given one was not its own.
	if err := ix.AddFingerprinted(ctx, docs, fps); err != nil {
		t.Fatal(err)
	}
	if have, err = ix.fingerprintsOf(ctx, ids); err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		if have[id] != fps[i] {
			t.Errorf("after re-adding, document %d has fingerprint %q, want %q", i, have[id], fps[i])
		}
	}
	if n, _ := ix.Count(); n == 0 {
		t.Error("nothing searchable")
	}
}
