package bot

import (
	"context"
	"sync/atomic"
	"testing"

	"planbot/corpus"
)

// genSearcher counts the searches it answers and says when its index
// changed; with multi it also answers SearchAll, counting those passes.
type genSearcher struct {
	twoSourceSearcher
	gen      atomic.Uint64
	searches atomic.Int64
	passes   atomic.Int64
	suggests atomic.Int64
}

func (s *genSearcher) Generation() uint64 { return s.gen.Load() }

// Suggest offers two versions of the plan.
func (s *genSearcher) Suggest(_ context.Context, _ string, f corpus.Facet, _ string, _ int) ([]string, error) {
	s.suggests.Add(1)
	if f == corpus.FacetPlan {
		return []string{"European counter-proposal", "US 28-point draft"}, nil
	}
	return nil, nil
}

func (s *genSearcher) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	s.searches.Add(1)
	return s.twoSourceSearcher.Search(ctx, q)
}

type genMultiSearcher struct{ *genSearcher }

func (s genMultiSearcher) SearchAll(ctx context.Context, qs []corpus.Query) ([]corpus.Results, error) {
	s.passes.Add(1)
	out := make([]corpus.Results, len(qs))
	for i, q := range qs {
		out[i], _ = s.twoSourceSearcher.Search(ctx, q)
	}
	return out, nil
}

// TestAnswerCache: a query asked again at the same generation is answered
// from the router's cache, a change of the index makes it ask again, the
// hits handed out are the caller's own, and CachedAnswers < 0 keeps none.
func TestAnswerCache(t *testing.T) {
	ctx := context.Background()
	q := corpus.Query{Text: "army", Kind: corpus.KindProvision}
	for _, tc := range []struct {
		name   string
		cached int
		want   []int64 // searches after each step: ask, ask again, index changes, ask again
	}{
		{"default", 0, []int64{1, 1, 1, 2}},
		{"off", -1, []int64{1, 2, 2, 3}},
	} {
		s := &genSearcher{}
		r := New(Config{Searcher: s, CachedAnswers: tc.cached})
		steps := []func(){
			func() {
				res, _ := r.cfg.Searcher.Search(ctx, q)
				res.Hits[0], res.Hits[1] = res.Hits[1], res.Hits[0] // as /statement sorts
			},
			func() {
				res, _ := r.cfg.Searcher.Search(ctx, q)
				if res.Hits[0].ID != "a-p1" {
					t.Errorf("%s: kept answer changed by a caller: %v", tc.name, res.Hits[0].ID)
				}
			},
			func() { s.gen.Add(1) },
			func() { _, _ = r.cfg.Searcher.Search(ctx, q) },
		}
		for i, step := range steps {
			step()
			if got := s.searches.Load(); got != tc.want[i] {
				t.Errorf("%s: step %d: %d searches, want %d", tc.name, i, got, tc.want[i])
			}
		}
	}
}

// TestCompareOnePass: /compare asks a MultiSearcher for every version in
// one SearchAll, and its answer is the same as from a searcher asked one
// query at a time; asked again, it comes from the cache.
func TestCompareOnePass(t *testing.T) {
	ctx := context.Background()
	req := Request{Kind: KindCommand, Name: "compare", Options: map[string]string{"topic": "army"}}
	single := &genSearcher{}
	want, err := New(Config{Searcher: single, CachedAnswers: -1}).Handle(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	multi := genMultiSearcher{&genSearcher{}}
	r := New(Config{Searcher: multi})
	for range 2 {
		got, err := r.Handle(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if got.Footer != want.Footer || len(got.Entries) != len(want.Entries) || got.Entries[0] != want.Entries[0] || got.Entries[1] != want.Entries[1] {
			t.Errorf("got %+v\nwant %+v", got, want)
		}
	}
	if n, p := multi.searches.Load(), multi.passes.Load(); n != 0 || p != 1 {
		t.Errorf("%d searches and %d passes, want none and one", n, p)
	}
}

// TestSuggestCache: Suggest's answers are kept per generation too, and
// the caller's copy is its own.
func TestSuggestCache(t *testing.T) {
	ctx := context.Background()
	s := &genSearcher{}
	r := New(Config{Searcher: s})
	for i, want := range []int64{1, 1, 2} {
		if i == 2 {
			s.gen.Add(1)
		}
		got, err := r.cfg.Searcher.Suggest(ctx, "g", corpus.FacetPlan, "", 25)
		if err != nil || len(got) != 2 || got[0] != "European counter-proposal" {
			t.Fatalf("step %d: %v, %v", i, got, err)
		}
		got[0] = "changed by the caller"
		if n := s.suggests.Load(); n != want {
			t.Errorf("step %d: %d calls, want %d", i, n, want)
		}
	}
}
