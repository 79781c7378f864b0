package corpus

import (
	"strings"
	"testing"
)

// TestClosedCompoundTitles checks titles written as one word, as Dutch
// and German close them, opening a sentence with no article: a modifier
// closed by a title head ("Partijvoorzitter", "Kremlinwoordvoerder"), and
// a closed compound after a hyphen ("VN-mensenrechtenonderzoeker",
// "EU-Sonderbotschafterin"). The word is the speaker's title, not a part of
// their name.
func TestClosedCompoundTitles(t *testing.T) {
	nl := "---\ntitle: t\nlang: nl\n---\n\n"
	de := "---\ntitle: t\nlang: de\n---\n\n"
	tests := []struct {
		name, doc, speaker, role string
	}{
		{"nl head voorzitter", nl + "Partijvoorzitter Joost Verhagen zei dat de coalitie het akkoord zal steunen.", "Joost Verhagen", "Partijvoorzitter"},
		{"nl head woordvoerder", nl + "Ministerie-woordvoerder Anouk Smits zei dat de gesprekken volgende week verdergaan.", "Anouk Smits", "woordvoerder"},
		{"nl hyphen then closed compound", nl + "VN-mensenrechtenonderzoeker Pieter Lammers zei dat de gevangenen snel moeten worden vrijgelaten.", "Pieter Lammers", "mensenrechtenonderzoeker"},
		{"de hyphen then closed compound", de + "EU-Sonderbotschafterin Helga Brandner sagte, die Verhandlungen würden im Januar fortgesetzt.", "Helga Brandner", "Sonderbotschafterin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range statementsOf(t, tt.doc) {
				if s.Speaker == tt.speaker && strings.Contains(s.Role, tt.role) {
					return
				}
				got = append(got, s.Speaker+" ("+s.Role+")")
			}
			t.Errorf("no statement of %q with role %q; got %v", tt.speaker, tt.role, got)
		})
	}
}
