package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"planbot/corpus"
)

func TestSuggest(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	for _, tc := range []struct {
		facet  corpus.Facet
		prefix string
		want   string // must be among the suggestions
		first  string // if set, must come first
	}{
		{corpus.FacetSpeaker, "zel", "Volodymyr Zelensky", ""},                    // word inside the name
		{corpus.FacetSpeaker, "VOLO", "Volodymyr Zelensky", "Volodymyr Zelensky"}, // case
		{corpus.FacetSpeaker, "kar", "Karin Lindqvist", "Karin Lindqvist"},
		{corpus.FacetPlan, "us", "US 28-point draft", "US 28-point draft"},
		{corpus.FacetPlan, "", "US 28-point draft", ""},
		{corpus.FacetTopic, "nat", "nato", "nato"},
	} {
		got, err := ix.Suggest(ctx, tc.facet, tc.prefix, 0)
		if err != nil {
			t.Fatalf("Suggest(%s, %q): %v", tc.facet, tc.prefix, err)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("Suggest(%s, %q) = %q, want it to contain %q", tc.facet, tc.prefix, got, tc.want)
		}
		if tc.first != "" && (len(got) == 0 || got[0] != tc.first) {
			t.Errorf("Suggest(%s, %q) = %q, want %q first", tc.facet, tc.prefix, got, tc.first)
		}
		for _, s := range got {
			if !strings.HasPrefix(strings.ToLower(s), strings.ToLower(tc.prefix)) && !strings.Contains(strings.ToLower(s), " "+strings.ToLower(tc.prefix)) && !strings.Contains(strings.ToLower(s), "-"+strings.ToLower(tc.prefix)) {
				t.Errorf("Suggest(%s, %q) offered %q, which does not match", tc.facet, tc.prefix, s)
			}
		}
	}
	if got, _ := ix.Suggest(ctx, corpus.FacetSpeaker, "qqq", 0); len(got) != 0 {
		t.Errorf("Suggest(speaker, qqq) = %q, want none", got)
	}
	if _, err := ix.Suggest(ctx, "colour", "", 0); err == nil {
		t.Error("Suggest with an unknown facet: nil error")
	}
}

func TestSuggestLimit(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, Synthetic(2000, 3))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, limit := range []int{0, 5, 25, 100} {
		got, err := ix.Suggest(ctx, corpus.FacetSpeaker, "", limit)
		if err != nil {
			t.Fatal(err)
		}
		want := limit
		if limit == 0 || limit > 25 {
			want = 25
		}
		if len(got) != want {
			t.Errorf("Suggest(limit %d) returned %d, want %d", limit, len(got), want)
		}
		for _, s := range got {
			if len([]rune(s)) > 100 {
				t.Errorf("suggestion %q longer than Discord's 100", s)
			}
		}
	}
}
