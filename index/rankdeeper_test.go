package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestRankDeeper: short army points in five languages hold two words of
// each question as typed (the army, Ukraine) and fill the first fetch by
// BM25; the long Italian and Spanish paragraphs hold the third word too
// (the parliament's or the congress's vote), through a translation, and
// score below them. The first hit must be the paragraph that matches every
// word, for English and Polish questions, and for a question for
// provisions, whose army points are weighed against the reports
// (rankreports.go) and answered from them. A question the first fetch
// already answers with every word (the German mandate) keeps its answer.
func TestRankDeeper(t *testing.T) {
	docs := parseRelevanceDocs(t, "testdata/rankdeeper/*.md", 8)
	ix := openDocs(t, docs)
	for _, c := range []struct {
		query string
		kind  corpus.Kind
		want  string
	}{
		{"troops ukraine parliament", "", "voto esplicito del Parlamento"},
		{"soldiers ukraine parliament vote", "", "voto esplicito del Parlamento"},
		{"troops ukraine congress", "", "votación en el Congreso"},
		{"żołnierze ukraina parlament włoski", "", "voto esplicito del Parlamento"},
		{"troops ukraine mandate", "", "eigenes Mandat"},
		{"troops ukraine parliament", corpus.KindProvision, "voto esplicito del Parlamento"},
		{"troops ukraine congress", corpus.KindProvision, "votación en el Congreso"},
	} {
		res, err := asked(context.Background(), ix, relevanceCase{Query: c.query, Kind: c.kind})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want) {
			first := ""
			if len(res.Hits) > 0 {
				first = res.Hits[0].Text
			}
			t.Errorf("%q [%s]: first %.80q, want %q", c.query, c.kind, first, c.want)
		}
	}
}

// TestDeeperWanted: the deeper look is asked only when the best hit leaves
// out a counted word the corpus holds, more matches exist and the first
// fetch was not already as deep as widen's.
func TestDeeperWanted(t *testing.T) {
	plain, say := termClass(0), classFrame|classSay
	for _, c := range []struct {
		name          string
		words         int
		cls           []termClass
		known         []bool
		size, fetched int
		total         uint64
		want          bool
	}{
		{"a word left out", 2, []termClass{plain, plain, plain}, []bool{true, true, true}, 6, 6, 20, true},
		{"every word matched", 3, []termClass{plain, plain, plain}, []bool{true, true, true}, 6, 6, 20, false},
		{"the word left out is unknown", 2, []termClass{plain, plain, plain}, []bool{true, true, false}, 6, 6, 20, false},
		{"the word left out is a verb of saying", 2, []termClass{say, plain, plain}, []bool{true, true, true}, 6, 6, 20, false},
		{"every match fetched", 2, []termClass{plain, plain, plain}, []bool{true, true, true}, 6, 6, 6, false},
		{"already deep", 2, []termClass{plain, plain, plain}, []bool{true, true, true}, 30, 30, 90, false},
		{"nothing relevant", 0, []termClass{plain, plain, plain}, []bool{true, true, true}, 6, 6, 20, false},
	} {
		if got := deeperWanted(answerKey{words: c.words}, c.cls, c.known, c.size, c.fetched, c.total); got != c.want {
			t.Errorf("%s: deeperWanted = %v, want %v", c.name, got, c.want)
		}
	}
	if deeperBetter(answerKey{words: 3, typed: 0}, answerKey{words: 3, typed: 3}) || !deeperBetter(answerKey{words: 3}, answerKey{words: 2, typed: 2}) {
		t.Error("deeperBetter must compare the words matched only")
	}
}
