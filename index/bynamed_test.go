package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestStatementsOfTheNamedSpeaker: when statements are asked for by a
// query that names a known speaker and a subject, a statement of someone
// else that mentions the name (in French, German or English), or that matches the
// subject only, does not answer; the named speaker's own statement does,
// and with none, nothing does (the bot then answers from the reports).
func TestStatementsOfTheNamedSpeaker(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: fr\n---\n\nEmmanuel Macron a affirmé à Paris que seul le président Zelensky pouvait trancher la question territoriale.\n\nVolodymyr Zelensky a estimé que la question territoriale restait la plus difficile.\n",
		"---\nlang: de\n---\n\nFriedrich Merz sagte in Berlin, Selenskyj dürfe keinem Diktatfrieden zustimmen.\n\nWolodymyr Selenskyj sagte, ein Diktatfrieden sei für die Ukraine unannehmbar.\n",
		"---\nlang: en\n---\n\nYuri Ushakov said Putin and Witkoff had spent five hours on the territorial question without a compromise.\n\nKremlin spokesman Dmitry Peskov said the meeting with the American envoys had been useful.\n\nVladimir Putin said Russia had no plans to attack Europe.\n",
	)
	for _, c := range []struct{ query, speaker string }{
		{"zelensky paris question territoriale", "Zelensky"},
		{"zelensky in paris on the territorial question", "Zelensky"},
		{"selenskyj berlin diktatfrieden", "Zelensky"},
		{"putin on the territorial question", ""},
		{"putin five hours witkoff", ""},
		{"ushakov territorial question", "Ushakov"},
		{"peskov meeting useful", "Peskov"},
	} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: c.query, Kind: corpus.KindStatement})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c.speaker == "" && len(res.Hits) > 0:
			t.Errorf("%q: answered with %s's %q, want no statement", c.query, res.Hits[0].Speaker, res.Hits[0].Text)
		case c.speaker != "" && (len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Speaker, c.speaker)):
			t.Errorf("%q: hits %+v, want %s's statement first", c.query, res.Hits, c.speaker)
		}
	}
}
