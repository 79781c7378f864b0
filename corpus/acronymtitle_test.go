package corpus

import "testing"

// TestAcronymTitle checks that a title followed by the acronym of the
// body it serves, without a name, is an unnamed speaker with that title
// as written, in Polish, Russian and Ukrainian, and that a name after a
// title is still the person.
func TestAcronymTitle(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"pl", "Rzecznik MON przekazał, że resort nie ocenia szkiców planu.", unnamedSpeaker, "Rzecznik MON"},
		{"ru", "Представитель ОБСЕ заявил, что миссия готова наблюдать за прекращением огня.", unnamedSpeaker, "Представитель ОБСЕ"},
		{"uk", "Речник НАТО заявив, що альянс не коментує чернетки угоди.", unnamedSpeaker, "Речник НАТО"},
		{"pl", "Rzecznik Pieskow powiedział, że Moskwa nie dostała tekstu.", "Dmitry Peskov", "Rzecznik"},
	} {
		sts := statementsOf(t, "---\ntitle: \"t\"\nlang: "+c.lang+"\n---\n\n"+c.body)
		found := false
		for _, s := range sts {
			found = found || s.Speaker == c.speaker && s.Role == c.role
		}
		if !found {
			t.Errorf("%s: no statement of %q (%q); got %+v", c.lang, c.speaker, c.role, sts)
		}
	}
}
