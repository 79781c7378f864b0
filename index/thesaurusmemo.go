package index

import "github.com/blevesearch/bleve/v2/analysis"

// memoAnalyzer is an analyzer that analyses each distinct text once and
// hands back the same tokens when asked again, for analyseThesaurus.
//
// Why: the glossary's definitions name about 51,000 terms but only about
// 25,000 distinct ones (a word is in several groups, an English name in
// every language's group), and each source's analyzer analysed every one
// of them: about half of the thesaurus's analysis, 2% of the CPU of a
// 100k-item ingest, was analysing a term again. An analyzer's output
// depends on the text alone, so the answer is the same.
//
// It is not safe for concurrent use (analyseThesaurus gives each source's
// goroutine its own), and the tokens it returns are shared between calls:
// the caller must not change them (synonymPairs only reads them).
type memoAnalyzer struct {
	a    analysis.Analyzer
	seen map[string]analysis.TokenStream
}

func newMemoAnalyzer(a analysis.Analyzer) *memoAnalyzer {
	return &memoAnalyzer{a: a, seen: map[string]analysis.TokenStream{}}
}

// Analyze is a's Analyze of text, from the memo when text was seen.
func (m *memoAnalyzer) Analyze(text []byte) analysis.TokenStream {
	if ts, ok := m.seen[string(text)]; ok {
		return ts
	}
	// The key is taken first: analyzers change the bytes they are
	// given (lower-casing in place).
	key := string(text)
	ts := m.a.Analyze(text)
	m.seen[key] = ts
	return ts
}
