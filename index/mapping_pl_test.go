package index

import (
	"fmt"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/pl"
	"github.com/blevesearch/bleve/v2/registry"
)

// TestPolishAnalyzerMatchesBleve: planbot's Polish analyzer, which shares
// one stemmer across mappings, gives exactly the terms of bleve's own "pl"
// analyzer, so indexes and queries are unchanged by it.
func TestPolishAnalyzerMatchesBleve(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	ours := im.AnalyzerNamed(pl.AnalyzerName)
	theirs, err := registry.NewCache().AnalyzerNamed(pl.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Gwarancje bezpieczeństwa dla Ukrainy zostaną omówione w Genewie.",
		"Prezydent Wołodymyr Zełenski powiedział, że plan pokojowy wymaga zmian.",
		"Rosja nie zgodzi się na obecność wojsk NATO; negocjatorzy rozmawiali długo.",
		"ZAWIESZENIE BRONI, wymiana jeńców i 28 punktów",
		"",
	} {
		got, want := termsOf(ours.Analyze([]byte(text))), termsOf(theirs.Analyze([]byte(text)))
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %q\nwant %q", text, got, want)
		}
	}
}

// termsOf lists a token stream's terms with their positions, in order.
func termsOf(ts analysis.TokenStream) []string {
	out := make([]string, len(ts))
	for i, tok := range ts {
		out[i] = fmt.Sprintf("%s@%d", tok.Term, tok.Position)
	}
	return out
}
