package corpus

import "testing"

// TestCatalanSpeech checks the Catalan words of saying: perfect
// participles after "ha" ("ha afirmat", "ha explicat") and "Segons X"
// before a quotation.
func TestCatalanSpeech(t *testing.T) {
	doc := "---\ntitle: Butlletí del migdia\nlang: ca\n---\n\n" +
		"L'alcaldessa Carme Vidal ha afirmat que el port reobrirà la setmana vinent.\n\n" +
		"El conseller Pere Bosch ha explicat que les obres costaran menys del previst.\n\n" +
		"Segons Bosch, \"el pressupost es mantindrà sense canvis\".\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "ca-speech.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ speaker, text string }{
		{"Carme Vidal", "el port reobrirà la setmana vinent"},
		{"Pere Bosch", "les obres costaran menys del previst"},
		{"Pere Bosch", "el pressupost es mantindrà sense canvis"},
	}
	for _, w := range want {
		found := false
		for _, s := range d.Statements {
			if s.Speaker == w.speaker && containsFold(s.Text, w.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no statement of %s %q in %+v", w.speaker, w.text, d.Statements)
		}
	}
}
