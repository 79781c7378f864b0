package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestWidenRecall checks that a page of hits the relevance rule rejects
// entirely does not hide the relevant hits ranked after them: on the
// relevance documents, the first page for "souveraineté de l'Ukraine" is
// texts matching "Ukraine" alone or "de" alone (a stop word in French, a
// word in English and Italian, as in "de facto"), which score above the
// French, German and English texts on sovereignty. A query with nothing
// relevant still answers nothing.
func TestWidenRecall(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, append(relevanceDocs(t), heldoutCDocs(t)...))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, c := range []struct{ query, want string }{
		{"souveraineté de l'Ukraine", "souverain"},
		{"ukraine weather forecast", ""},
		{"de facto weather in paris", ""},
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: c.query, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if c.want == "" {
			if len(res.Hits) > 0 {
				t.Errorf("%q: answered %q, want nothing", c.query, res.Hits[0].Text)
			}
			continue
		}
		if len(res.Hits) == 0 || !strings.Contains(strings.ToLower(res.Hits[0].Text), c.want) {
			t.Errorf("%q: hits %+v, want %q first", c.query, res.Hits, c.want)
		}
	}
}

func TestWiden(t *testing.T) {
	for _, c := range []struct {
		size, kept, fetched int
		total               uint64
		want                int
		ok                  bool
	}{
		{6, 0, 6, 40, widerFetch, true},
		{20, 0, 20, 400, 40, true},
		{6, 1, 6, 40, 6, false},             // something relevant: no second fetch
		{6, 0, 5, 5, 6, false},              // every match was fetched
		{widerFetch, 0, 30, 400, 30, false}, // already wide
	} {
		got, ok := widen(c.size, c.kept, c.fetched, c.total)
		if got != c.want || ok != c.ok {
			t.Errorf("widen(%d, %d, %d, %d) = %d, %v; want %d, %v", c.size, c.kept, c.fetched, c.total, got, ok, c.want, c.ok)
		}
	}
}
