package corpus

import (
	"strings"
	"testing"
)

// TestTitledGivenName: a title or a courtesy title before a given name
// alone ("Dame Rosalind", "President Gwen") is the person the document
// named in full with that given name (sets ZZK, ZZL; stop 68,
// zfreshfp3). Each positive fails with the rule off (noTitledGiven).
// Negatives: a title before a surname ("Senator Adams", "Cllr Morton"
// after "Gideon Morton") stays the surname's person, and a given name two
// people share opens neither full name.
func TestTitledGivenName(t *testing.T) {
	for _, tc := range []struct {
		name, text, want, wantText string
		positive                   bool
	}{
		{"dame and given name",
			"Former ambassador Dame Rosalind Achterberg-Nkemelu received an honorary doctorate this afternoon.\n\nThe student speaker, Mariia Dovzhenko-Clarke, told the hall that her town sat next to the plant.\n\nDame Rosalind, who served in Moscow and later in Kyiv, contrasted the two texts. The American draft would have capped the army at 600,000, she noted, while the European text set the ceiling at 800,000.",
			"Rosalind Achterberg-Nkemelu", "capped the army at 600,000", true},
		{"title and given name",
			"Our president Gwen Harbottle-Yeboah welcomed the guests.\n\nThe speaker talked for forty minutes.\n\nPresident Gwen said the raffle for the generator fund raised £418 on the night.",
			"Gwen Harbottle-Yeboah", "raffle for the generator fund", true},
		// negatives
		{"title and surname",
			"Cllr Gideon Morton opened the meeting.\n\nCllr Morton said the council would write to the embassy about the convoy.",
			"Gideon Morton", "write to the embassy", false},
		{"two people share the given name",
			"Rosalind Achterberg-Nkemelu and Rosalind Vance-Oduya spoke in the Great Hall.\n\nDame Rosalind said the draft had to be read twice before anyone signed it.",
			"!Rosalind Achterberg-Nkemelu", "read twice", false},
	} {
		// want "!X": no statement of X may hold wantText
		want, none := strings.CutPrefix(tc.want, "!")
		got := func(off bool) bool {
			d := parseCaseWith(t, probeDocOn("en", "2025-12-17", tc.text), ParseOptions{noTitledGiven: off})
			for _, s := range d.Statements {
				if s.Speaker == want && strings.Contains(s.Text, tc.wantText) {
					return !none
				}
			}
			return none
		}
		if !got(false) {
			d := parseCaseWith(t, probeDocOn("en", "2025-12-17", tc.text), ParseOptions{})
			t.Errorf("%s: want %q saying %q, got %v", tc.name, tc.want, tc.wantText, speakerRoles(d.Statements))
		}
		if tc.positive && got(true) {
			t.Errorf("%s: holds with noTitledGiven too: the probe does not test the rule", tc.name)
		}
	}
}
