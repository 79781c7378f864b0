package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestNamedStatementOrReport: a question for statements naming a person
// is answered from the reports when a paragraph holds the name, the talks
// and the place as typed and the person's statement only the name and
// the talks, one word fewer (typedOverNamed, rankreports.go), in English
// and in German; asked of what the person said, which the paragraph does
// not hold, the statement stays the answer. Before typedOverNamed the
// statement answered the first two (namedMargin asks two words more).
func TestNamedStatementOrReport(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/namedreports/*.md", 4)
	for _, c := range []struct {
		query string
		from  corpus.Kind // of the first hit the member gets
	}{
		{"halvorsen talks lisbon", corpus.KindPassage},
		{"lindqvist gespräche porto", corpus.KindPassage},
		{"halvorsen talks productive", corpus.KindStatement},
		{"lindqvist gespräche produktiv", corpus.KindStatement},
	} {
		res, err := asked(context.Background(), ix, relevanceCase{Query: c.query, Kind: corpus.KindStatement})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case len(res.Hits) == 0:
			t.Errorf("%q: nothing, want a %s", c.query, c.from)
		case res.Hits[0].Kind != c.from:
			t.Errorf("%q: first %s %q, want a %s", c.query, res.Hits[0].Kind, res.Hits[0].Text, c.from)
		}
	}
}
