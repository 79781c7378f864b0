package bot

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// twoSourceSearcher answers every provision search with two points of one
// plan reported by two different sources.
type twoSourceSearcher struct{}

func (twoSourceSearcher) Search(_ context.Context, q corpus.Query) (corpus.Results, error) {
	hits := []corpus.Hit{
		{ID: "a-p1", Kind: corpus.KindProvision, Plan: q.Plan, Number: 6, Text: "Army capped at 600,000.", Snippet: "**Army** capped at 600,000.",
			Source: corpus.SourceRef{ID: "a", Title: "First report", Outlet: "Alpha Wire", Published: "2025-11-21"}},
		{ID: "b-p1", Kind: corpus.KindProvision, Plan: q.Plan, Number: 1, Text: "Armed forces capped in peacetime.", Snippet: "**Armed** forces capped in peacetime.",
			Source: corpus.SourceRef{ID: "b", Title: "Second report", Outlet: "Beta Desk", Published: "2025-11-22"}},
	}
	return corpus.Results{Query: q.Text, Total: len(hits), Hits: hits}, nil
}

func (twoSourceSearcher) Suggest(_ context.Context, _ string, f corpus.Facet, _ string, _ int) ([]string, error) {
	if f == corpus.FacetPlan {
		return []string{"US 28-point draft"}, nil
	}
	return nil, nil
}

// TestCompareCreditsEachSource checks that when one version's points come
// from different reports, each point names its own source rather than all
// being credited to the first.
func TestCompareCreditsEachSource(t *testing.T) {
	r := New(Config{Searcher: twoSourceSearcher{}})
	reply, err := r.Handle(context.Background(), Request{Kind: KindCommand, Name: "compare", Options: map[string]string{"topic": "army"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(reply.Entries) != 1 {
		t.Fatalf("entries %+v", reply.Entries)
	}
	e := reply.Entries[0]
	lines := strings.Split(e.Body, "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "First report") || !strings.Contains(lines[1], "Second report") {
		t.Errorf("body %q: want each point followed by its own source", e.Body)
	}
	if e.Citation != "" {
		t.Errorf("citation %q: a single citation would credit both points to one source", e.Citation)
	}
}
