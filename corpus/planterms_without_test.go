package corpus

import "testing"

// TestWithoutGovernsTerm checks that a without-word before a term drops it
// only when it governs the term: a clause mark between them, a pronoun
// after it ("instead of this") or an apostrophe joining it to its word
// leave the term as the text states it.
func TestWithoutGovernsTerm(t *testing.T) {
	c := planTermsData()
	var sc termScan
	for _, tt := range []struct {
		id, text string
		drops    bool
	}{
		// the without-word governs another word: the term stands
		{"talks-from-contact-line", "Європейська версія замість цього пропонувала починати переговори про територію від лінії зіткнення.", false},
		{"talks-from-contact-line", "Instead of this, the European version proposed that talks on territory start from the line of contact.", false},
		{"talks-from-contact-line", "Zamiast tego wersja europejska proponuje, by rozmowy o terytorium zaczynały się od linii kontaktu.", false},
		{"free-economic-zone", "Ohne Nummer: eine freie Wirtschaftszone im Donbas.", false},
		{"non-nuclear", "11 — Україна підтверджує без'ядерний статус.", false},
		// negatives: the without-word governs the term, which is dropped
		{"elections-100-days", "La versione europea arriva senza la scadenza delle elezioni entro cento giorni.", true},
		{"army-600k", "Die Europäer wollen eine Armee von 800.000 Mann statt einer Obergrenze von 600.000 Soldaten.", true},
		{"free-economic-zone", "Die neue Fassung kommt ohne eine freie Wirtschaftszone im Donbas aus.", true},
		{"talks-from-contact-line", "Вместо переговоров о территории от линии соприкосновения американцы предлагают отвод войск.", true},
	} {
		low := lowerString(tt.text)
		found := false
		for _, h := range c.matchTerms(&sc, low) {
			if c.terms[h.term].ID != tt.id {
				continue
			}
			found = true
			if got := c.dropsTerm(low, h); got != tt.drops {
				t.Errorf("%q: dropsTerm(%s) = %v, want %v", tt.text, tt.id, got, tt.drops)
			}
		}
		if !found {
			t.Errorf("%q: no %s", tt.text, tt.id)
		}
	}
}
