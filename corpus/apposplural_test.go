package corpus

import "testing"

// TestPluralAfterApposition checks that a plural noun after the verb of a
// person set off by commas is what the person said, not an unnamed
// speaker of an inverted attribution ("…, said officials"), while the
// inverted shape itself keeps its unnamed speaker.
func TestPluralAfterApposition(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		notRole    string // no statement may have this role
		speaker    string // some statement's speaker ("" when none is wanted)
	}{
		{"en", "Olena Hollis, who arrived from Kharkiv in 2022, said people wanted peace.", "people wanted peace", "Olena Hollis"},
		{"en", "Olena Hollis, a councillor, said officials were tired.", "officials were tired", ""},
		{"en", "The deal is close, said people familiar with the talks.", "", unnamedSpeaker},
		{"it", "La bozza è debole, ha detto una fonte diplomatica.", "", unnamedSpeaker},
		{"ru", "Переговоры продолжатся во вторник, сообщил источник, знакомый с ходом встречи.", "", unnamedSpeaker},
	} {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		found := tc.speaker == ""
		for _, s := range d.Statements {
			if tc.notRole != "" && s.Role == tc.notRole {
				t.Errorf("%s: %q read as an unnamed speaker's role (text %q)", tc.text, s.Role, s.Text)
			}
			found = found || s.Speaker == tc.speaker
		}
		if !found {
			t.Errorf("%s: no statement of %q in %+v", tc.text, tc.speaker, d.Statements)
		}
	}
}
