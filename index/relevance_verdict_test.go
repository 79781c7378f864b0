package index

import (
	"testing"

	"planbot/corpus"
)

// TestRelevanceVerdict: the clause relevanceVerdict names is the one that
// decides relevantFor, for each clause, and relevantFor is true exactly
// when the verdict is verdictRelevant. The unanswered diagnosis prints the
// clause (TestUnansweredDiag's why=).
func TestRelevanceVerdict(t *testing.T) {
	const (
		D = classDomain
		N = className
	)
	for _, c := range []struct {
		name    string
		cls     []termClass
		matched []bool
		kind    corpus.Kind
		want    relevanceClause
	}{
		{"every word", []termClass{0, 0}, []bool{true, true}, "", verdictRelevant},
		{"three in four", []termClass{0, 0, 0, 0}, []bool{true, true, true, false}, "", verdictRelevant},
		{"half with a domain word", []termClass{D, 0}, []bool{true, false}, "", verdictRelevant},
		{"nothing", []termClass{0, 0}, []bool{false, false}, "", verdictNone},
		{"under half", []termClass{D, 0, 0}, []bool{true, false, false}, "", verdictUnderHalf},
		{"half, no domain word", []termClass{0, 0, 0, 0}, []bool{true, true, false, false}, "", verdictNoDomain},
		{"a statement on the name alone", []termClass{N, 0}, []bool{true, false}, corpus.KindStatement, verdictNoAbout},
		{"a statement on half its subject", []termClass{D, D}, []bool{true, false}, corpus.KindStatement, verdictKindHalf},
		{"a provision on half its subject", []termClass{D, D, 0, 0}, []bool{true, true, false, false}, corpus.KindProvision, verdictKindHalf},
		{"the same hit as a passage", []termClass{D, D, 0, 0}, []bool{true, true, false, false}, corpus.KindPassage, verdictRelevant},
	} {
		m := markResult{matched: c.matched}
		got := relevanceVerdict(m, c.cls, c.kind)
		if got != c.want {
			t.Errorf("%s: verdict %v, want %v", c.name, got, c.want)
		}
		if rel := relevantFor(m, c.cls, c.kind); rel != (got == verdictRelevant) {
			t.Errorf("%s: relevantFor %v, verdict %v", c.name, rel, got)
		}
	}
}
