package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestGlossTypedAgainstReports: a question for provisions whose words a
// reprinted point holds only in its English gloss is answered by that
// point, not handed to the reports because an English report paragraph
// matches as many words as typed (rankreports.go). The jets question
// fails without answerKey counting the gloss's typed words; the troops
// question guards a point the report does not match. Documents:
// testdata/reportsgloss.
func TestGlossTypedAgainstReports(t *testing.T) {
	ix := openFixtures(t, "testdata/reportsgloss/*.md")
	for _, c := range []struct{ query, want string }{
		{"fighter jets poland", "samoloty bojowe"},
		{"nato troops ukraine", "nie rozmieszczać"},
	} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: c.query, Kind: corpus.KindProvision})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want) {
			t.Errorf("/provision %q: hits %+v, want %q first", c.query, res.Hits, c.want)
		}
	}
}
