package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestQuestionWordsAreNeutral: the question words of other languages
// ("cosa ha detto", "qué dijo", "co powiedział") are how a question is
// asked, not what it is about: they count neither for nor against a
// statement, as "what did ... say" does not in English.
func TestQuestionWordsAreNeutral(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: it\n---\n\nIl ministro Andriy Sybiha ha detto che le linee rosse dell'Ucraina non sono cambiate.\n",
		"---\nlang: en\n---\n\nAndriy Sybiha said Ukraine's red lines had not changed.\n",
	)
	for _, q := range []string{"cosa ha detto sybiha", "qué dijo sybiha", "co powiedział sybiha", "cosa ha detto sybiha sulle linee rosse"} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: q, Kind: corpus.KindStatement})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Speaker, "Sybiha") {
			t.Errorf("%q: hits %+v, want Sybiha's statement", q, res.Hits)
		}
	}
}
