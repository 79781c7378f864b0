package index

import (
	"testing"
)

// TestPhraseWithStopWords: a glossary phrase whose English form holds a
// word the English analyzer drops ("coalition of the willing", "freedom
// of navigation", "heads of state") finds its translation in another
// language's text. The query's words were ordered as the analyzers first
// saw them, English first, so the dropped words came last and never led
// the next word in the other analyzers' sequences. "heads of state
// meeting" fails without the query's order (queryTerms): the English
// distractor's "heads" wins; the other two guard the phrases' targets.
func TestPhraseWithStopWords(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/stopphrase/*.md", 4)
	for _, c := range []struct{ query, want string }{
		{"coalition of the willing", "coalizione dei volenterosi"},
		{"freedom of navigation", "liberté de navigation"},
		{"heads of state meeting", "jefes de estado"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
