package index

import (
	"strings"
	"testing"
	"unicode"
)

// TestCountedPoints: a number before the word for point counts points
// ("19 points", "19 punti", "19 Punkte"), so the report saying the text
// now runs to that many points answers, not point 19 of each reprint,
// whose short text BM25 prefers; a number after it ("point 19", "Punkt
// 19") still names the point. The English and French questions fail
// without it (their word for point is the one the point words are
// indexed with); the Italian and German ones guard the rest.
func TestCountedPoints(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/pointcount/*.md", 8)
	for _, c := range []struct{ query, want string }{
		{"19 points", "now ran to 19 points"},
		{"draft cut to 19 points", "now ran to 19 points"},
		{"19 punti", "ora conta 19 punti"},
		{"testo di 19 punti", "ora conta 19 punti"},
		{"19 Punkte", "umfasse jetzt 19 Punkte"},
		{"Entwurf mit 19 Punkten", "umfasse jetzt 19 Punkte"},
		{"texte de 19 points", "19 points"}, // the English or the French report,
		{"projet raccourci à 19 points", "comptait désormais 19 points"},
		{"point 19 nuclear power station", "nuclear power station on the Dnieper"},
		{"Punkt 19 Kernkraftwerk", "Kernkraftwerk am Dnipro"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestCountedNumbers: which query words count points.
func TestCountedNumbers(t *testing.T) {
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"19 points", []string{"19"}},
		{"28-point plan elections", []string{"28"}},
		{"28-Punkte-Plan Wahlen", []string{"28"}},
		{"19 пунктів після Женеви", []string{"19"}},
		{"point 19", nil},
		{"punto 19 zaporiyia", nil},
		{"army 600000", nil},
	} {
		var got []string
		var qts []queryTerm // only the words as typed count here
		for _, w := range strings.FieldsFunc(strings.ToLower(c.query), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			qts = append(qts, queryTerm{raw: w})
		}
		for i, ok := range countedNumbers(c.query, qts) {
			if ok {
				got = append(got, qts[i].raw)
			}
		}
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("countedNumbers(%q) = %v, want %v", c.query, got, c.want)
		}
	}
}
