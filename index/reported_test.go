package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestHitsSayWhereStatementsWereReported checks that a statement's
// ReportedBy reaches its hit, and the outlet is not the speaker.
func TestHitsSayWhereStatementsWereReported(t *testing.T) {
	ctx := context.Background()
	doc, err := corpus.Parse([]byte("---\ntitle: Wire report\noutlet: Test Wire\npublished: 2025-11-24\n---\n"+
		"Ukrainian negotiator Olena Varga told the Financial Times that the quinquireme clause was still open.\n"), corpus.ParseOptions{Name: "w.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 1 || doc.Statements[0].ReportedBy == "" {
		t.Fatalf("extraction gave %+v, want one statement reported by the Financial Times", doc.Statements)
	}
	ix, err := Open(ctx, Options{}, []*corpus.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(ctx, corpus.Query{Text: "quinquireme", Kind: corpus.KindStatement})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search: %v %+v", err, res.Hits)
	}
	if h := res.Hits[0]; h.ReportedBy != doc.Statements[0].ReportedBy || h.Speaker != "Olena Varga" {
		t.Errorf("hit speaker %q reported by %q, want Olena Varga and %q", h.Speaker, h.ReportedBy, doc.Statements[0].ReportedBy)
	}
}
