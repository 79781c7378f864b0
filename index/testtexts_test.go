package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"planbot/corpus"
)

// openTexts parses each text as a document named a.md, b.md, … and opens
// an in-memory index over them, closed when the test ends: the setup the
// tests of one search rule share.
func openTexts(t *testing.T, texts ...string) *Index {
	t.Helper()
	return openDocs(t, parseTexts(t, texts))
}

// parseTexts parses each text as a document named a.md, b.md, …
func parseTexts(t *testing.T, texts []string) []*corpus.Document {
	t.Helper()
	docs := make([]*corpus.Document, len(texts))
	for i, text := range texts {
		docs[i] = parseText(t, string(rune('a'+i))+".md", text)
	}
	return docs
}

// openDocs opens an in-memory index over docs, closed when the test ends.
func openDocs(t *testing.T, docs []*corpus.Document) *Index {
	t.Helper()
	ix, err := Open(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// openFixtures is openTexts over the files matching pattern
// ("testdata/compound/*.md"), in name order; no file is a broken fixture.
func openFixtures(t *testing.T, pattern string) *Index {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("fixtures %s: %d files, %v", pattern, len(paths), err)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return openTexts(t, texts...)
}

// wantFirst checks that query's first hit holds want in its text,
// speaker or role, or, when want is "", that the query answers nothing.
func wantFirst(t *testing.T, ix *Index, query, want string) {
	t.Helper()
	res, err := ix.Search(context.Background(), corpus.Query{Text: query})
	if err != nil {
		t.Fatal(err)
	}
	if want == "" {
		if len(res.Hits) > 0 {
			t.Errorf("%q: answered %q, want nothing", query, res.Hits[0].Text)
		}
		return
	}
	// the speaker's role counts: "A mother from Belgorod told …" is an
	// unnamed source whose role holds the town
	if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text+" "+res.Hits[0].Speaker+" "+res.Hits[0].Role, want) {
		t.Errorf("%q: hits %+v, want %q first", query, res.Hits, want)
	}
}
