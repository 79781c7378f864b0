package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestRecordsOrReports: a question asked of the provisions is answered
// from the reports when a report's paragraph holds more of its words than
// the best provision (the provision on the council that monitors the
// deal does not say how it votes; the explainer does), in English and in
// German; a question the provision answers in full keeps the provision;
// an off-topic one answers nothing. Without the weighing, the provision
// that matches part of the question is the answer, and the bot never
// looks at the reports.
func TestRecordsOrReports(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/rankreports/*.md", 4)
	for _, c := range []struct {
		query string
		kind  corpus.Kind
		want  string // in the first hit of what the member gets; "" nothing
		from  corpus.Kind
	}{
		{"council chaired president voting rules", corpus.KindProvision, "voting rules", corpus.KindPassage},
		{"Friedensrat Stimmengleichheit Vorsitz Präsident", corpus.KindProvision, "Stimmengleichheit", corpus.KindPassage},
		{"council chaired by the president monitors agreement", corpus.KindProvision, "monitored by a council", corpus.KindProvision},
		{"Friedensrat Vorsitz Präsident überwacht Abkommen", corpus.KindProvision, "überwacht das Abkommen", corpus.KindProvision},
		{"armed forces capped 600,000", corpus.KindProvision, "600,000", corpus.KindProvision},
		{"bitcoin price today", corpus.KindProvision, "", ""},
	} {
		res, err := asked(context.Background(), ix, relevanceCase{Query: c.query, Kind: c.kind})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c.want == "" && len(res.Hits) > 0:
			t.Errorf("%q: answered %q, want nothing", c.query, res.Hits[0].Text)
		case c.want == "":
		case len(res.Hits) == 0:
			t.Errorf("%q: nothing, want %q", c.query, c.want)
		case !strings.Contains(res.Hits[0].Text, c.want) || res.Hits[0].Kind != c.from:
			t.Errorf("%q: first %s %q, want the %s holding %q", c.query, res.Hits[0].Kind, res.Hits[0].Text, c.from, c.want)
		}
	}
}

// TestAnswerKeyOutranks: a passage outranks the best record when it
// matches more of the question's words, or as many with more as typed;
// a question for statements naming a person (askedOfSpeaker) gives way
// only to a paragraph matching namedMargin more words, or one more from
// another document with more as typed than the statement matches
// (typedOverNamed).
func TestAnswerKeyOutranks(t *testing.T) {
	for _, c := range []struct {
		passage, record answerKey
		want            bool
	}{
		{answerKey{words: 4, typed: 2}, answerKey{words: 3, typed: 3}, true},
		{answerKey{words: 3, typed: 3}, answerKey{words: 3, typed: 1}, true},
		{answerKey{words: 3, typed: 3}, answerKey{words: 3, typed: 3}, false},
		{answerKey{words: 2, typed: 2}, answerKey{words: 3, typed: 0}, false},
		// A named person's statement gives way only to a paragraph
		// matching namedMargin more words (stop 61, zrank).
		{answerKey{words: 5, typed: 5}, answerKey{words: 3, typed: 3, named: true}, true},
		{answerKey{words: 4, typed: 4}, answerKey{words: 3, typed: 1, named: true}, false},
		{answerKey{words: 3, typed: 3}, answerKey{words: 3, typed: 1, named: true}, false},
		{answerKey{words: 2, typed: 2}, answerKey{words: 3, typed: 3, named: true}, false},
		// Or to one more word when the paragraph, of another document,
		// holds more of them as typed than the statement matches at all
		// (typedOverNamed, stop 66): "rubio geneva comment caveat".
		{answerKey{words: 2, typed: 2, info: 900, source: "b"}, answerKey{words: 1, typed: 1, named: true, source: "a"}, true},
		{answerKey{words: 4, typed: 4, info: 900, source: "b"}, answerKey{words: 3, typed: 1, named: true, source: "a"}, true},
		{answerKey{words: 3, typed: 3, info: 900, source: "b"}, answerKey{words: 2, typed: 1, named: true, source: "a"}, true},
		// Not from the statement's own document, its context ("zelensky
		// paris question territoriale"); nor when the paragraph's typed
		// words are no more than the statement's words, nor when it
		// matches no more words, however many as typed.
		{answerKey{words: 2, typed: 2, info: 900, source: "a"}, answerKey{words: 1, typed: 1, named: true, source: "a"}, false},
		{answerKey{words: 4, typed: 4, info: 900, source: "a"}, answerKey{words: 3, typed: 1, named: true, source: "a"}, false},
		// Nor when the word it adds is a common one ("us", idf 4.4).
		{answerKey{words: 4, typed: 4, info: 840, source: "b"}, answerKey{words: 3, typed: 2, info: 400, named: true, source: "a"}, false},
		{answerKey{words: 5, typed: 4, info: 900, source: "b"}, answerKey{words: 4, typed: 3, named: true, source: "a"}, false},
		{answerKey{words: 2, typed: 1, info: 900, source: "b"}, answerKey{words: 1, typed: 1, named: true, source: "a"}, false},
		{answerKey{words: 2, typed: 3, info: 900, source: "b"}, answerKey{words: 2, typed: 2, named: true, source: "a"}, false},
	} {
		if got := c.passage.outranks(c.record); got != c.want {
			t.Errorf("%+v outranks %+v = %v, want %v", c.passage, c.record, got, c.want)
		}
	}
	for _, c := range []struct {
		cls  []termClass
		want bool
	}{
		{[]termClass{classFrame | classSay, classFrame | classSay, className | classDomain, 0}, true}, // "cosa ha detto X a ginevra"
		{[]termClass{className | classDomain, classDomain}, true},                                     // "merz kapitulation"
		{[]termClass{className | classDomain, classSay | classFrame, 0, 0}, true},                     // "X on the european version"
		{[]termClass{classDomain, 0}, false},                                                          // no one named
	} {
		if got := askedOfSpeaker(c.cls); got != c.want {
			t.Errorf("askedOfSpeaker(%v) = %v, want %v", c.cls, got, c.want)
		}
	}
}
