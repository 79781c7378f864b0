package corpus

import "testing"

// TestDescribedPerson checks that a person described after the name by an
// indefinite article or an age, in words no title list holds, speaks, in
// the languages with articles, and that a description holding speech or a
// quotation, or a one-word head, is not read so.
func TestDescribedPerson(t *testing.T) {
	for _, tc := range []struct {
		lang, text, speaker, role, words string
	}{
		{"en", "Olena Hollis, a councillor, said residents wanted peace.", "Olena Hollis", "councillor", "residents wanted peace"},
		{"en", "Derek Munro, a retired engineer from the eastern suburbs, said the draft was weak.", "Derek Munro", "retired engineer from the eastern suburbs", "the draft was weak"},
		{"en", "Tom Brandt, 54, said the plan was a start.", "Tom Brandt", "", "the plan was a start"},
		{"de", "Anke Roth, eine Lehrerin aus Celle, sagte, der Plan sei schwach.", "Anke Roth", "Lehrerin aus Celle", "der Plan sei schwach"},
		{"fr", "Anne Roux, une enseignante de Lille, a déclaré que le plan était faible.", "Anne Roux", "enseignante de Lille", "le plan était faible"},
		{"it", "Paola Verdi, una pensionata di Bari, ha detto che il piano è debole.", "Paola Verdi", "pensionata di Bari", "il piano è debole"},
		{"es", "Lucía Gil, una jubilada de Valencia, dijo que el plan es débil.", "Lucía Gil", "jubilada de Valencia", "el plan es débil"},
		{"en", "Martin Hale, a baker from the old town, kept it short: \"Nobody here wants a peace that only lasts one winter.\"", "Martin Hale", "baker from the old town", "Nobody here wants a peace that only lasts one winter"},
		{"pt", "Rita Sousa, uma professora de Braga, disse que o plano é fraco.", "Rita Sousa", "professora de Braga", "o plano é fraco"},
	} {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		ok := false
		for _, s := range d.Statements {
			ok = ok || s.Speaker == tc.speaker && s.Role == tc.role && s.Text == tc.words
		}
		if !ok {
			t.Errorf("%s: want %s (%s) saying %q, got %+v", tc.text, tc.speaker, tc.role, tc.words, d.Statements)
		}
	}
	for _, text := range []string{
		`Olena Hollis, a neighbour who said "enough", left the hall.`,
		`Harrowgate, a town of 40,000, said goodbye to its mayor.`,
	} {
		d := parseProbe(t, "en", "2025-12-03", text)
		for _, s := range d.Statements {
			if s.Speaker == "Olena Hollis" || s.Speaker == "Harrowgate" {
				t.Errorf("%s: read as %s (%s) saying %q", text, s.Speaker, s.Role, s.Text)
			}
		}
	}
}
