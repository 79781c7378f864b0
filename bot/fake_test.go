package bot

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"planbot/corpus"
)

// fakeSearcher is an in-memory Searcher over fixture hits: a hit matches
// when it contains any query word (case-insensitively), or any hit when the
// text is empty; filters are exact. It records the queries it was asked.
type fakeSearcher struct {
	hits []corpus.Hit
	err  error

	mu      sync.Mutex
	queries []corpus.Query
}

func (f *fakeSearcher) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	f.mu.Lock()
	f.queries = append(f.queries, q)
	f.mu.Unlock()
	if f.err != nil {
		return corpus.Results{}, f.err
	}
	if err := ctx.Err(); err != nil {
		return corpus.Results{}, err
	}
	words := strings.Fields(strings.ToLower(q.Text))
	var got []corpus.Hit
	for _, h := range f.hits {
		if (q.Kind != "" && h.Kind != q.Kind) || (q.Speaker != "" && h.Speaker != q.Speaker) || (q.Plan != "" && h.Plan != q.Plan) {
			continue
		}
		text := strings.ToLower(h.Text + " " + strings.Join(h.Topics, " "))
		match := len(words) == 0
		for _, w := range words {
			if strings.Contains(text, w) {
				match = true
			}
		}
		if !match {
			continue
		}
		h.Snippet = h.Text
		for _, w := range words {
			if i := strings.Index(strings.ToLower(h.Snippet), w); i >= 0 {
				h.Snippet = h.Snippet[:i] + "**" + h.Snippet[i:i+len(w)] + "**" + h.Snippet[i+len(w):]
				break
			}
		}
		got = append(got, h)
	}
	limit := q.Limit
	if limit == 0 {
		limit = 10
	}
	res := corpus.Results{Query: q.Text, Total: len(got), Hits: []corpus.Hit{}}
	if q.Offset < len(got) {
		res.Hits = got[q.Offset:min(q.Offset+limit, len(got))]
	}
	return res, nil
}

func (f *fakeSearcher) Suggest(ctx context.Context, facet corpus.Facet, prefix string, limit int) ([]string, error) {
	if f.err != nil {
		return nil, f.err
	}
	seen := map[string]bool{}
	var out []string
	for _, h := range f.hits {
		var vals []string
		switch facet {
		case corpus.FacetTopic:
			vals = h.Topics
		case corpus.FacetSpeaker:
			vals = []string{h.Speaker}
		case corpus.FacetPlan:
			vals = []string{h.Plan}
		}
		for _, v := range vals {
			if v != "" && !seen[v] && strings.HasPrefix(strings.ToLower(v), strings.ToLower(prefix)) {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	sort.Strings(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

type fakeLibrary []corpus.Source

func (l fakeLibrary) Sources() []corpus.Source { return l }

type fixture struct {
	Sources []corpus.Source `json:"sources"`
	Hits    []corpus.Hit    `json:"hits"`
}

func loadFixture(t testing.TB) (*fakeSearcher, fakeLibrary) {
	t.Helper()
	b, err := os.ReadFile("testdata/corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx fixture
	if err := json.Unmarshal(b, &fx); err != nil {
		t.Fatal(err)
	}
	return &fakeSearcher{hits: fx.Hits}, fakeLibrary(fx.Sources)
}

func newTestRouter(t testing.TB, extra ...Command) (*Router, *fakeSearcher) {
	s, lib := loadFixture(t)
	return New(Config{Searcher: s, Library: lib, PageSize: 2}, extra...), s
}
