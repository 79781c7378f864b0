package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestKindAnswersCoverTheSubject: a statement or a provision answers a
// question that names no speaker only when it covers most of what the
// question is about: a statement on another subject that shares one of
// two subject words does not (in English or German), nor a provision that
// shares two of four; the bot then answers from the reports. One that
// covers the subject still answers. A query that names the speaker needs
// half of its other words.
func TestKindAnswersCoverTheSubject(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nKremlin spokesman Dmitry Peskov said the sanctions on Russian banks were illegal.\n\nThe US 28-point peace plan says, among other things:\n\n1. The Zaporizhzhia plant will be restarted under IAEA supervision.\n\n2. Ukraine regains control of the Kakhovka dam.\n",
		"---\nlang: de\n---\n\nKremlsprecher Dmitri Peskow sagte, die Sanktionen gegen russische Banken seien illegal.\n",
	)
	for _, c := range []struct {
		query string
		kind  corpus.Kind
		want  string // "": nothing of the kind
	}{
		{"sanctions relief", corpus.KindStatement, ""},
		{"lockerung der sanktionen", corpus.KindStatement, ""},
		{"sanctions on banks", corpus.KindStatement, "banks"},
		{"peskov sanctions relief timetable", corpus.KindStatement, ""},
		{"peskow zeitplan lockerung der sanktionen", corpus.KindStatement, ""},
		{"peskov sanctions banks", corpus.KindStatement, "banks"},
		{"zaporizhzhia plant dnipro dam", corpus.KindProvision, ""},
		{"kakhovka dam control", corpus.KindProvision, "Kakhovka"},
		{"zaporizhzhia plant restart", corpus.KindProvision, "restarted"},
	} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: c.query, Kind: c.kind})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c.want == "" && len(res.Hits) > 0:
			t.Errorf("%q (%s): answered %q, want nothing", c.query, c.kind, res.Hits[0].Text)
		case c.want != "" && (len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want)):
			t.Errorf("%q (%s): hits %+v, want %q first", c.query, c.kind, res.Hits, c.want)
		}
	}
}
