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
		if got := deeperWanted(answerKey{words: c.words, typed: c.words}, c.cls, c.known, c.size, c.fetched, c.total); got != c.want {
			t.Errorf("%s: deeperWanted = %v, want %v", c.name, got, c.want)
		}
	}
	if deeperBetter(answerKey{words: 3, typed: 0}, answerKey{words: 3, typed: 3}) || !deeperBetter(answerKey{words: 3}, answerKey{words: 2, typed: 2}) {
		t.Error("deeperBetter must not prefer fewer typed words, nor fewer words")
	}
}

// TestRankDeeperTyped: eight short points in eight languages state the
// army cap, the cap through a translation and the number as typed; in BM25
// they fill the first fetch ahead of the long English report that holds
// every word as typed (army and Ukraine are common in the English text, so
// weigh little there). The first fetch's best hit matches every word, so
// only the typed count tells the report apart: the deeper look must find
// it for an English question, for any kind and for provisions (the points
// are provisions, the report's paragraph a passage weighed against them).
// (A cognate such as the Polish "armia" counts as typed, glossTyped: the
// questions are worded so that the points hold fewer words as typed.) A question typed in one of the points' languages
// keeps its own language's point first (negative: the deeper look must not
// put English text before it).
func TestRankDeeperTyped(t *testing.T) {
	docs := parseRelevanceDocs(t, "testdata/typeddeeper/*.md", 9)
	ix := openDocs(t, docs)
	for _, c := range []struct {
		query string
		kind  corpus.Kind
		want  string
	}{
		{"army cap 600k ukraine", "", "capped at 600,000 troops"},
		{"army cap 600k ukraine", corpus.KindProvision, "capped at 600,000 troops"},
		{"cap 600k army", "", "capped at 600,000 troops"},
		{"armia ukrainy ograniczona 600 000", "", "Armia Ukrainy zostanie ograniczona"},
		{"esercito ucraina tetto 600.000", "", "esercito dell'Ucraina avrà un tetto"},
		{"армия украины ограничена 600 000", "", "Численность армии Украины"},
	} {
		res, err := asked(context.Background(), ix, relevanceCase{Query: c.query, Kind: c.kind})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want) {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Text[:min(60, len(h.Text))])
			}
			t.Errorf("%q [%s]: hits %q, want first %q", c.query, c.kind, got, c.want)
		}
	}
}

// TestDeeperTypedKeys: the deeper look is asked when the best hit matches
// every counted word but holds one only through a translation, and kept
// only when the deeper best hit matches as many words, holds more as
// typed and is at least as informative.
func TestDeeperTypedKeys(t *testing.T) {
	plain := termClass(0)
	cls, known := []termClass{plain, plain, plain}, []bool{true, true, true}
	if !deeperWanted(answerKey{words: 3, typed: 1}, cls, known, 6, 6, 20) {
		t.Error("every word matched, one as typed: a deeper look is wanted")
	}
	if deeperWanted(answerKey{words: 3, typed: 3}, cls, known, 6, 6, 20) {
		t.Error("every word matched as typed: no deeper look")
	}
	if deeperWanted(answerKey{words: 3, typed: 1}, cls, known, 6, 6, 6) {
		t.Error("every match fetched: no deeper look")
	}
	for _, c := range []struct {
		name        string
		deep, first answerKey
		want        bool
	}{
		{"more typed, as informative", answerKey{words: 3, typed: 3, info: 10}, answerKey{words: 3, typed: 1, info: 10}, true},
		{"more typed, less informative", answerKey{words: 3, typed: 3, info: 9}, answerKey{words: 3, typed: 1, info: 10}, false},
		{"as many typed", answerKey{words: 3, typed: 1, info: 12}, answerKey{words: 3, typed: 1, info: 10}, false},
		{"fewer words, more typed", answerKey{words: 2, typed: 2, info: 12}, answerKey{words: 3, typed: 1, info: 10}, false},
	} {
		if got := deeperBetter(c.deep, c.first); got != c.want {
			t.Errorf("%s: deeperBetter = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDeeperLeavesOutGloss: words a reprint's point holds only through its
// English gloss count as typed when records are weighed against the
// reports, but not for the deeper look: a foreign point matching every
// word, two of them through its gloss, still asks for a deeper look, and
// a deeper hit holding every word in its own text is better than it.
func TestDeeperLeavesOutGloss(t *testing.T) {
	plain := termClass(0)
	cls, known := []termClass{plain, plain, plain}, []bool{true, true, true}
	glossed := answerKey{words: 3, typed: 3, glossed: 2, info: 10} // "russia back in g8?" on a Norwegian point
	own := answerKey{words: 3, typed: 3, info: 10}                 // the English text that says it
	for _, c := range []struct {
		name string
		key  answerKey
		want bool
	}{
		{"two words through the gloss", glossed, true},
		{"every word in its own text", own, false},
		{"one word through the gloss, one through a translation", answerKey{words: 3, typed: 2, glossed: 1}, true},
	} {
		if got := deeperWanted(c.key, cls, known, 6, 6, 20); got != c.want {
			t.Errorf("%s: deeperWanted = %v, want %v", c.name, got, c.want)
		}
	}
	if !deeperBetter(own, glossed) {
		t.Error("a hit holding every word in its own text is better than one holding two through its gloss")
	}
	if deeperBetter(glossed, own) || deeperBetter(glossed, glossed) {
		t.Error("a glossed hit is never better than what the first fetch had")
	}
	if glossed.typed != 3 || !(answerKey{words: 3, typed: 3}).outranks(answerKey{words: 3, typed: 2}) {
		t.Error("weighing against the reports still counts the gloss as typed")
	}
}
