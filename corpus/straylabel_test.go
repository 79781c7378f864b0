package corpus

import "testing"

// TestStrayLabel checks that a line opening with heading words and a colon
// ("Aviso Legal: …", "Weitere Termine: …") gives no statement to a person
// of that name (straylabel.go), in several languages, while a label that
// names a person the document introduces or labels again still speaks.
// With the rule off the heading's words are a speaker again, so the test
// fails without it.
func TestStrayLabel(t *testing.T) {
	tests := []struct {
		name, lang, body string
		speaker          string // the label's reading as a name
		stray            bool
	}{
		{"es disclaimer", "es", "Las bolsas europeas abrieron al alza tras las noticias de Ginebra.\n\nAviso Legal: Este documento ha sido elaborado con fines exclusivamente informativos y no constituye una recomendación.",
			"Aviso Legal", true},
		{"de diary heading", "de", "Die Landesregierung berät am Dienstag über die Hilfe für die Ukraine.\n\nWeitere Termine: Europäischer Rat in Brüssel, 18. und 19. Dezember 2025.",
			"Weitere Termine", true},
		{"en sale heading", "en", "Prices held firm at the mart despite the weather.\n\nWeekly Sale: Thursday 4 December 2025, with two auctioneers on the rostrum.",
			"Weekly Sale", true},
		// negatives: the name comes back in the text, or in other turns
		{"en introduced guest", "en", "Our guest today is the analyst Nkosana Dlamini-Ruiz, who follows the talks.\n\nNkosana Dlamini-Ruiz: The plan is a start, but only a start.",
			"Nkosana Dlamini-Ruiz", false},
		{"de labelled twice", "de", "Sieglinde Aumüller-Brecht: Der Plan ist ein Anfang, mehr nicht.\n\nHorst Weber: Und was fehlt?\n\nSieglinde Aumüller-Brecht: Vor allem Garantien für die Ukraine.",
			"Sieglinde Aumüller-Brecht", false},
	}
	for _, tc := range tests {
		for _, off := range []bool{false, true} {
			d, err := Parse([]byte("---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"), ParseOptions{Name: "probe.md", Now: fixedNow, noStrayLabel: off})
			if err != nil {
				t.Fatal(err)
			}
			has := false
			for _, s := range d.Statements {
				has = has || s.Speaker == tc.speaker
			}
			if want := !tc.stray || off; has != want {
				t.Errorf("%s (rule off %v): %q speaks: %v, want %v\n%v", tc.name, off, tc.speaker, has, want, speakersOf(d.Statements))
			}
		}
	}
}
