package corpus

import (
	"strings"
	"testing"
)

// TestQuotedTitleSays checks titles that open with a quotation and name
// its speaker after a verb of saying, in several languages: the
// quotation is the speaker's statement once, also when the body repeats
// it, and a verb of saying whose subject is no person ("says a banner")
// gives none.
func TestQuotedTitleSays(t *testing.T) {
	for _, c := range []struct {
		file, speaker, fragment string
		count                   int // statements holding fragment
	}{
		{"en-says.md", "Ilse Brandner", "Europe has a seat at the table now", 1},
		{"it-dice.md", "Luca Bordoni", "Non firmeremo una resa", 1},
		{"es-afirma.md", "Elena Ruiz", "Nadie firmará con prisas", 1},
		{"de-sagt.md", "Jonas Albrecht", "Europa sitzt jetzt mit am Tisch", 1},
		{"fr-affirme.md", "Paul Ricaud", "La paix ne se signe pas à la hâte", 1},
		{"en-repeated.md", "Ilse Brandner", "Europe has a seat at the table now", 1},
		{"en-banner.md", "", "Peace is not for sale", 0},
	} {
		d := parseFixture(t, "quotedtitle", c.file)
		got := 0
		for _, s := range d.Statements {
			if strings.Contains(s.Text, c.fragment) {
				got++
				if s.Speaker != c.speaker {
					t.Errorf("%s: %q given to %q, want %q", c.file, s.Text, s.Speaker, c.speaker)
				}
			}
		}
		if got != c.count {
			t.Errorf("%s: %d statements hold %q, want %d; got %s", c.file, got, c.fragment, c.count, statementsBrief(d.Statements))
		}
	}
}
