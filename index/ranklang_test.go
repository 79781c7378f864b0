package index

import (
	"testing"
)

// TestRankOwnLanguage: a question typed in German or Italian is answered
// first by the report in that language, though an English report matches
// one more of its words through the glossary and translations (the
// German and Italian texts write a compound or another word for the
// airport, which the stemmers do not join to the typed one). An English
// question is still answered by the English report, and an off-topic
// question by nothing: the mechanism only orders hits the rule accepts.
func TestRankOwnLanguage(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/ranklang/*.md", 3)
	for _, c := range []struct{ query, want string }{
		{"Wiederaufbau Brücke Flughafen Cherson", "Flughafengebäude"},
		{"ricostruzione ponte aeroporto Cherson", "aerostazione"},
		{"reconstruction bridge airport kherson", "reopen the airport"},
		{"bitcoin price today", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestOwnLangWords: a hit in the query's own language counts ownLangSlack
// words more when hits are first compared, never more.
func TestOwnLangWords(t *testing.T) {
	for _, c := range []struct {
		words int
		own   bool
		want  int
	}{
		{3, false, 3},
		{3, true, 3 + ownLangSlack},
		{0, true, ownLangSlack},
	} {
		if got := ownLangWords(c.words*weightPerWord+5, c.own); got != c.want {
			t.Errorf("ownLangWords(%d words, own %v) = %d, want %d", c.words, c.own, got, c.want)
		}
	}
}
