package index

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"planbot/corpus"
)

// directTexts are documents of the writer's own in three languages, with
// numbered points, a quoted speaker, a server's own document and a plan
// name, so that every kind of record field is built.
var directTexts = []struct{ name, guild, text string }{
	{"truce.md", "", "---\ntitle: Truce terms in Geneva\npublished: 2025-11-20\nlang: en\n---\n\nThe draft lists:\n\n1. A truce of thirty days along the river.\n2. The exchange of all detainees.\n\n\"We will not sign a text that gives up the coast,\" the foreign minister said on Tuesday.\n"},
	{"runde.md", "", "---\ntitle: Verhandlungsrunde in Wien\npublished: 2025-11-21\nlang: de\n---\n\nDer Entwurf nennt:\n\n1. Eine Feuerpause von dreißig Tagen.\n2. Den Austausch aller Gefangenen.\n\n„Wir unterschreiben keinen Text, der die Küste aufgibt“, sagte die Außenministerin am Dienstag.\n"},
	{"sommet.md", "123456789012345678", "---\ntitle: Sommet à Genève\npublished: 2025-11-22\nlang: fr\n---\n\nLe projet prévoit :\n\n1. Une trêve de trente jours.\n2. L'échange de tous les prisonniers.\n\nLes délégations se retrouveront en décembre pour un nouveau cycle.\n"},
}

// directDocsOf parses directTexts.
func directDocsOf(t testing.TB) []*corpus.Document {
	t.Helper()
	var docs []*corpus.Document
	for _, dt := range directTexts {
		d, err := corpus.Parse([]byte(dt.text), corpus.ParseOptions{Name: dt.name, Guild: dt.guild})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return append(docs, bulkDocs(t, 4)...)
}

// indexDump is what an index holds, in a comparable form: every field's
// term dictionary (terms and document counts) and every record's stored
// fields (name, array positions, value).
func indexDump(t *testing.T, ix *Index) []string {
	t.Helper()
	var out []string
	fields, err := ix.idx.Fields()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(fields)
	for _, f := range fields {
		d, err := ix.idx.FieldDict(f)
		if err != nil {
			t.Fatal(err)
		}
		for e, err := d.Next(); e != nil || err != nil; e, err = d.Next() {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("term %s %q %d", f, e.Term, e.Count))
		}
		d.Close()
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 10000, 0, false)
	req.SortBy([]string{"_id"})
	sr, err := ix.idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range sr.Hits {
		doc, err := ix.idx.Document(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		var fs []string
		doc.VisitFields(func(f bleveindex.Field) {
			fs = append(fs, fmt.Sprintf("stored %s %s %v %q", h.ID, f.Name(), f.ArrayPositions(), f.Value()))
		})
		slices.Sort(fs)
		out = append(out, fs...)
	}
	return out
}

// TestDirectDocsSameIndex: records built directly (docbuild.go) make the
// same index as records mapped by bleve's MapDocument: the same terms in
// every field with the same document counts, the same stored fields, the
// same hits in the same order with the same scores, and the same newest
// first listing (the date's doc values).
func TestDirectDocsSameIndex(t *testing.T) {
	ctx := context.Background()
	docs := directDocsOf(t)
	build := func(direct bool) *Index {
		t.Helper()
		old := directDocs
		directDocs = direct
		defer func() { directDocs = old }()
		ix, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "index")}, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		if err := ix.Add(ctx, docs...); err != nil {
			t.Fatal(err)
		}
		return ix
	}
	mapped, direct := build(false), build(true)
	if builderFor(direct.idx) == nil {
		t.Fatal("the index's mapping has no direct builder: the test compares nothing")
	}
	a, b := indexDump(t, mapped), indexDump(t, direct)
	if !slices.Equal(a, b) {
		for _, s := range a {
			if !slices.Contains(b, s) {
				t.Errorf("only through MapDocument: %s", s)
			}
		}
		for _, s := range b {
			if !slices.Contains(a, s) {
				t.Errorf("only built directly: %s", s)
			}
		}
		t.Fatalf("the indexes differ (%d and %d entries)", len(a), len(b))
	}
	if !slices.ContainsFunc(a, func(s string) bool { return strings.HasPrefix(s, "term "+fieldGuild+" ") }) {
		t.Error("no server's document among the records: the table lost its point")
	}
	for _, q := range []corpus.Query{
		{Text: "truce detainees"},
		{Text: "Feuerpause Gefangenen"},
		{Text: "trêve prisonniers"},
		{Text: "foreign minister coast", Kind: corpus.KindStatement},
		{Plan: "", Speaker: "", Text: "Oslo round"},
	} {
		ra, err := mapped.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		rb, err := direct.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(ra) != fmt.Sprint(rb) {
			t.Errorf("%q: MapDocument's index answers\n%v\nthe direct one\n%v", q.Text, ra, rb)
		}
		if q.Text == "truce detainees" && len(ra.Hits) == 0 {
			t.Errorf("%q found nothing: the comparison is empty", q.Text)
		}
	}
	newest := func(ix *Index) []string {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 100, 0, false)
		req.SortBy([]string{"-" + fieldDate, "_id"})
		sr, err := ix.idx.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range sr.Hits {
			ids = append(ids, h.ID)
		}
		return ids
	}
	if x, y := newest(mapped), newest(direct); !slices.Equal(x, y) {
		t.Errorf("newest first: MapDocument's index %v, the direct one %v", x, y)
	}
}

// BenchmarkRecordDocs is the making of the bleve documents of a few
// documents' records, directly and through MapDocument:
//
//	go test ./index -run '^$' -bench RecordDocs -count=1
func BenchmarkRecordDocs(b *testing.B) {
	recs, im, db := benchRecords(b)
	b.Run("direct", func(b *testing.B) {
		for b.Loop() {
			for _, r := range recs {
				if _, ok := db.build(r.docID, r.fields); !ok {
					b.Fatal("not built")
				}
			}
		}
	})
	b.Run("mapdocument", func(b *testing.B) {
		for b.Loop() {
			for _, r := range recs {
				if err := im.MapDocument(document.NewDocument(r.docID), r.fields); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// benchRecords are the records of directDocsOf's documents with the
// mapping and the direct builder the record benchmarks compare.
func benchRecords(b *testing.B) ([]record, *mapping.IndexMappingImpl, *docBuilder) {
	b.Helper()
	var recs []record
	for _, d := range directDocsOf(b) {
		recs = append(recs, records(d)...)
	}
	im, err := buildMapping()
	if err != nil {
		b.Fatal(err)
	}
	db := newDocBuilder(im)
	if db == nil {
		b.Fatal("no direct builder for the mapping")
	}
	return recs, im, db
}
