package index

import (
	"slices"
	"testing"

	"planbot/corpus"
)

// TestSharedTwins: queries of one pass share a heap exactly when they
// collect the same hits: same filters and as many kept, whatever their
// page.
func TestSharedTwins(t *testing.T) {
	q := func(kind corpus.Kind, plan string, limit, offset int) *sharedQuery {
		g := &sharedQuery{q: corpus.Query{Text: "army", Guild: "g", Kind: kind, Plan: plan, Limit: limit, Offset: offset}, limit: limit, offset: offset}
		if f := g.fetch(); f < widerFetch {
			g.keep = widerSize(f) // as searchShared sets it
		}
		return g
	}
	tests := []struct {
		name     string
		gs       []*sharedQuery
		uniq, of []int
	}{
		{"provision_and_reports",
			[]*sharedQuery{q(corpus.KindProvision, "", 5, 0), q(corpus.KindStatement, "", 2, 0), q(corpus.KindPassage, "", 5, 0), q(corpus.KindPassage, "", 1, 0)},
			[]int{0, 1, 2}, []int{0, 1, 2, 2}},
		{"plans_differ",
			[]*sharedQuery{q(corpus.KindProvision, "A", 2, 0), q(corpus.KindProvision, "B", 2, 0)},
			[]int{0, 1}, []int{0, 1}},
		{"same_filter_more_kept",
			[]*sharedQuery{q(corpus.KindPassage, "", 1, 0), q(corpus.KindPassage, "", 40, 0)},
			[]int{0, 1}, []int{0, 1}},
		{"same_filter_small_pages",
			[]*sharedQuery{q(corpus.KindProvision, "", 2, 0), q(corpus.KindProvision, "", 2, 2), q(corpus.KindProvision, "", 5, 0)},
			[]int{0}, []int{0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uniq, of := sharedTwins(tt.gs)
			if !slices.Equal(uniq, tt.uniq) || !slices.Equal(of, tt.of) {
				t.Errorf("got %v %v, want %v %v", uniq, of, tt.uniq, tt.of)
			}
		})
	}
}
