package corpus

import "testing"

// TestLowQuoteClosedStraight checks a German quotation opened with the low
// mark and closed with a straight one, as a keyboard types it: the words
// are the speaker's, without the marks.
func TestLowQuoteClosedStraight(t *testing.T) {
	doc := "---\ntitle: Mitteilung\nlang: de\n---\n\n" +
		"„Wir brauchen jetzt einen verlässlichen Zeitplan\", sagte die Ministerin Karin Albrecht am Abend.\n\n" +
		"Der Abgeordnete Lutz Brenner erklärte: „Ohne Garantien gibt es keinen Frieden.\"\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "de-quotes.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Karin Albrecht": "Wir brauchen jetzt einen verlässlichen Zeitplan",
		"Lutz Brenner":   "Ohne Garantien gibt es keinen Frieden",
	}
	for sp, text := range want {
		found := false
		for _, s := range d.Statements {
			if s.Speaker == sp && s.Text == text {
				found = true
			}
		}
		if !found {
			t.Errorf("no statement %s: %q in %+v", sp, text, d.Statements)
		}
	}
}
