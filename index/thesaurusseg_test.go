package index

import (
	"fmt"
	"reflect"
	"sort"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	"github.com/blevesearch/vellum"
	zap "github.com/blevesearch/zapx/v17"
)

// thesaurusBatch is what scorch hands the segment plugin for
// indexSynonyms's batch: the documents with their _id fields, analysed.
func thesaurusBatch(t *testing.T) []bindex.Document {
	t.Helper()
	entries, err := analysedThesaurus()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]bindex.Document, len(entries))
	for i, e := range entries {
		d := thesaurusDocument(e)
		d.AddIDField()
		for _, f := range d.Fields {
			f.Analyze()
		}
		out[i] = d
	}
	return out
}

// thesaurusContent lists every synonym source's entries in seg: source,
// term, synonym and the ID of the definition it came from, sorted (the
// document numbers depend on the batch's order, which scorch does not
// fix).
func thesaurusContent(t *testing.T, seg segment.Segment) []string {
	t.Helper()
	sb := seg.(*zap.SegmentBase)
	var out []string
	for _, a := range analyzers() {
		if !withSynonyms(a) {
			continue
		}
		name := synonymSource(a)
		th, err := sb.Thesaurus(name)
		if err != nil {
			t.Fatal(err)
		}
		it := th.AutomatonIterator(&vellum.AlwaysMatch{}, nil, nil)
		for {
			e, err := it.Next()
			if err != nil {
				t.Fatal(err)
			}
			if e == nil {
				break
			}
			l, err := th.SynonymsList([]byte(e.Term), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			si := l.Iterator(nil)
			for {
				s, err := si.Next()
				if err != nil {
					t.Fatal(err)
				}
				if s == nil {
					break
				}
				id, err := sb.DocID(uint64(s.Number()))
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, fmt.Sprintf("%s %q -> %q (%s)", name, e.Term, s.Term(), id))
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestThesaurusSegmentEncodedOnce: indexes built one after the other and
// side by side get the thesaurus segment from the one copy (fails when
// every batch is encoded anew), and that segment holds exactly what zap
// encodes from the definitions: every source's terms, their synonyms and
// the definitions they come from, and the same documents.
func TestThesaurusSegmentEncodedOnce(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	before := thesaurusSegHits.Load()
	var wg sync.WaitGroup
	errs := make([]error, 3)
	build := func(i int) {
		defer wg.Done()
		idx, err := create("", sh.im)
		if err == nil {
			err = indexSynonyms(idx)
			if cerr := idx.Close(); err == nil {
				err = cerr
			}
		}
		errs[i] = err
	}
	wg.Add(1)
	build(0) // the first of the process, or not
	wg.Add(2)
	go build(1)
	go build(2)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := thesaurusSegHits.Load() - before; got < 2 {
		t.Errorf("%d of the last two indexes got the encoded thesaurus, want both", got)
	}

	want, _, err := (&zap.ZapPlugin{}).New(thesaurusBatch(t))
	if err != nil {
		t.Fatal(err)
	}
	before = thesaurusSegHits.Load()
	got, _, err := (&thesaurusZap{}).New(thesaurusBatch(t))
	if err != nil {
		t.Fatal(err)
	}
	if thesaurusSegHits.Load() == before {
		t.Fatal("the thesaurus batch was encoded again")
	}
	if got.Count() != want.Count() {
		t.Errorf("%d documents, zap encodes %d", got.Count(), want.Count())
	}
	gc, wc := thesaurusContent(t, got), thesaurusContent(t, want)
	if len(wc) == 0 {
		t.Fatal("zap's thesaurus is empty")
	}
	if !reflect.DeepEqual(gc, wc) {
		t.Errorf("the shared thesaurus segment holds %d entries, zap's %d; they differ", len(gc), len(wc))
	}
}

// TestThesaurusZapLeavesOtherBatches: a batch that is not exactly the
// glossary's definitions (some of them, one twice, or other documents) is
// not taken for the thesaurus, and an ordinary batch is encoded by zap.
func TestThesaurusZapLeavesOtherBatches(t *testing.T) {
	batch := thesaurusBatch(t)
	if !isThesaurusBatch(batch) {
		t.Fatal("the thesaurus batch is not recognised")
	}
	for name, b := range map[string][]bindex.Document{
		"nothing":              nil,
		"some definitions":     batch[:len(batch)/2],
		"a definition twice":   append(append([]bindex.Document{}, batch[1:]...), batch[2]),
		"an ordinary document": {ordinaryDoc()},
		"with another":         append(append([]bindex.Document{}, batch[1:]...), ordinaryDoc()),
	} {
		if isThesaurusBatch(b) {
			t.Errorf("%s: taken for the thesaurus", name)
		}
	}
	before := thesaurusSegHits.Load()
	seg, _, err := (&thesaurusZap{}).New([]bindex.Document{ordinaryDoc()})
	if err != nil {
		t.Fatal(err)
	}
	if thesaurusSegHits.Load() != before || seg.Count() != 1 {
		t.Errorf("an ordinary batch: %d documents, served from the thesaurus copy: %v", seg.Count(), thesaurusSegHits.Load() != before)
	}
}

// ordinaryDoc is a document with one analysed text field.
func ordinaryDoc() bindex.Document {
	d := document.NewDocument("doc")
	d.AddField(document.NewTextField("text", nil, []byte("a ceasefire along the line")))
	d.AddIDField()
	for _, f := range d.Fields {
		f.Analyze()
	}
	return d
}

// BenchmarkThesaurus is writing the glossary's thesaurus into a new
// in-memory index, as Open does for every index it creates.
func BenchmarkThesaurus(b *testing.B) {
	sh, err := shared()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		idx, err := create("", sh.im)
		if err != nil {
			b.Fatal(err)
		}
		if err := indexSynonyms(idx); err != nil {
			b.Fatal(err)
		}
		if err := idx.Close(); err != nil {
			b.Fatal(err)
		}
	}
	if thesaurusSeg != nil {
		b.ReportMetric(float64(len(thesaurusSeg.mem)), "segment-bytes")
	}
}
