package index

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

// countingAnalyzer counts the texts it analyses.
type countingAnalyzer struct {
	a     analysis.Analyzer
	calls int
}

func (c *countingAnalyzer) Analyze(text []byte) analysis.TokenStream {
	c.calls++
	return c.a.Analyze(text)
}

// TestMemoAnalyzer: the thesaurus's analyzer (memoAnalyzer) analyses a
// text it has seen once only, and answers it as the analyzer does, in
// three languages, for a term, a stop word, a phrase and a term stemmed to
// nothing. It fails when every term is analysed again.
func TestMemoAnalyzer(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang  string
		terms []string
	}{
		{"en", []string{"truce", "the", "truce", "prisoners of war", "the", "truces"}},
		{"de", []string{"Waffenruhe", "der", "Waffenruhe", "Waffenruhe"}},
		{"pl", []string{"mąż", "żona", "mąż"}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			a := sh.analyzers[analyzerFor(c.lang)]
			count := &countingAnalyzer{a: a}
			memo := newMemoAnalyzer(count)
			distinct := map[string]bool{}
			for _, term := range c.terms {
				distinct[term] = true
				got, want := memo.Analyze([]byte(term)), a.Analyze([]byte(term))
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%q: %v, the analyzer gives %v", term, got, want)
				}
			}
			if count.calls != len(distinct) {
				t.Errorf("%d analyses of %d distinct terms", count.calls, len(distinct))
			}
		})
	}
}
