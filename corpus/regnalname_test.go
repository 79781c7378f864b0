package corpus

import "testing"

// TestRegnalNumeralKept checks that a pope's or a monarch's number after
// the name stays in capitals ("Leo XIV", not "Leo Xiv") and that the
// pope's title in the Romance languages and German goes to the role, in
// several languages; and that words in capitals which only look like a
// numeral, or a numeral opening the phrase, are not kept so.
func TestRegnalNumeralKept(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	for _, c := range []struct{ name, text, speaker, role string }{
		{"en pope", doc("en", "Pope Leo XIV said that peace without Europe was not realistic."), "Leo XIV", "Pope"},
		{"it il papa", doc("it", "Il papa Leone XIV ha detto che cercare la pace senza l'Europa non è realistico."), "Leone XIV", "papa"},
		{"es el papa", doc("es", "El papa León XIV dijo que la paz sin Europa no es realista."), "León XIV", "papa"},
		{"fr le pape", doc("fr", "Le pape Léon XIV a déclaré que la paix sans l'Europe n'était pas réaliste."), "Léon XIV", "pape"},
		{"de Papst", doc("de", "Papst Leo XIV sagte, ein Frieden ohne Europa sei nicht realistisch."), "Leo XIV", "Papst"},
		{"en king", doc("en", "King Charles III said that the talks were important for Europe."), "Charles III", "King"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if s.Speaker == c.speaker && s.Role == c.role {
					return
				}
			}
			t.Errorf("no statement of %q (%s); got %+v", c.speaker, c.role, statementsOf(t, c.text))
		})
	}
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"XIV", true}, {"III", true}, {"IX", true}, {"XXXIX", true},
		{"I", false}, {"CIVIL", false}, {"MIX", false}, {"IIII", false}, {"VX", false}, {"XL", false},
	} {
		if got := regnalNumeral(c.w); got != c.want {
			t.Errorf("regnalNumeral(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
