package corpus

import "testing"

// TestTitledOpenerPronoun: a sentence opening with a title and a known
// name, then what was said and a trailing attribution by pronoun ("…,
// sagte sie"), is that person's, also right after another speaker's
// Konjunktiv; a title the sentence does not open with names no subject.
func TestTitledOpenerPronoun(t *testing.T) {
	tests := []struct {
		lang, sentence, speaker, text string
	}{
		{"de", "Italiens Regierungschefin Meloni hält Gegenvorschläge nicht für sinnvoll; man solle am US-Text weiterarbeiten, sagte sie.", "Giorgia Meloni",
			"Italiens Regierungschefin Meloni hält Gegenvorschläge nicht für sinnvoll; man solle am US-Text weiterarbeiten"},
		{"de", "Polens Regierungschef Tusk war skeptisch; man wüsste gern, wer den Plan verfasst habe, schrieb er.", "Donald Tusk",
			"Polens Regierungschef Tusk war skeptisch; man wüsste gern, wer den Plan verfasst habe"},
		{"de", "Frankreichs Präsident Macron zeigte sich zurückhaltend; der Plan müsse verbessert werden, sagte er.", "Emmanuel Macron",
			"Frankreichs Präsident Macron zeigte sich zurückhaltend; der Plan müsse verbessert werden"},
		{"en", "Kremlin spokesman Dmitry Peskov was cautious; nothing had been received, he said.", "Dmitry Peskov",
			"Kremlin spokesman Dmitry Peskov was cautious; nothing had been received"},
	}
	for _, tc := range tests {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
	// after another speaker's Konjunktiv the sentence is no longer hers
	doc := "---\ntitle: T\nlang: de\npublished: 2025-11-24\n---\n\n" +
		"EU-Kommissionschefin von der Leyen sagte in Luanda, Grenzen dürften nicht mit Gewalt verschoben werden. Auch die Größe der ukrainischen Armee dürfe nicht begrenzt werden. " +
		"Italiens Regierungschefin Meloni hält Gegenvorschläge nicht für sinnvoll; man solle am US-Text weiterarbeiten, sagte sie.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "meloni.md"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Ursula von der Leyen", "Ursula von der Leyen", "Giorgia Meloni"}
	if len(d.Statements) != len(want) {
		t.Fatalf("got %+v, want speakers %q", d.Statements, want)
	}
	for i, s := range d.Statements {
		if s.Speaker != want[i] {
			t.Errorf("statement %d %q: speaker %q, want %q", i, s.Text, s.Speaker, want[i])
		}
	}
}
