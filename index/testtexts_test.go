package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// openTexts parses each text as a document named a.md, b.md, … and opens
// an in-memory index over them, closed when the test ends: the setup the
// tests of one search rule share.
func openTexts(t *testing.T, texts ...string) *Index {
	t.Helper()
	var docs []*corpus.Document
	for i, text := range texts {
		d, err := corpus.Parse([]byte(text), corpus.ParseOptions{Name: string(rune('a'+i)) + ".md"})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	ix, err := Open(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}
