package corpus

import "testing"

// TestQuoteColonHead checks the headline that opens with a quotation, a
// colon and its speaker, in a line and in a heading, with single and
// double marks, a known and an invented person; and that a short term in
// marks, a quotation with no person after the colon and a place are not
// read so.
func TestQuoteColonHead(t *testing.T) {
	const body = "\n\nThe talks went on for a second day."
	for _, tc := range []struct{ lang, text, speaker, words string }{
		{"en", "'We will not give up land': Zelensky rejects pressure" + body, "Volodymyr Zelensky", "We will not give up land"},
		{"en", "## 'We will not give up land': Zelensky rejects pressure" + body, "Volodymyr Zelensky", "We will not give up land"},
		{"en", "‘A very good day’: Hana Kovac on the Geneva talks" + body, "Hana Kovac", "A very good day"},
		{"en", "“Closer than ever”: President Trump hails Berlin round" + body, "Donald Trump", "Closer than ever"},
		{"de", "„Wir geben kein Land auf“: Selenskyj weist Druck zurück" + body, "Volodymyr Zelensky", "Wir geben kein Land auf"},
		{"fr", "« Nous ne céderons pas de terres » : Zelensky rejette la pression" + body, "Volodymyr Zelensky", "Nous ne céderons pas de terres"},
	} {
		d := parseProbe(t, tc.lang, "2025-12-16", tc.text)
		ok := false
		for _, s := range d.Statements {
			ok = ok || s.Speaker == tc.speaker && s.Text == tc.words
		}
		if !ok {
			t.Errorf("%s: want %s saying %q, got %+v", tc.text, tc.speaker, tc.words, d.Statements)
		}
	}
	for _, text := range []string{
		"'Peace now': a slogan returns to the streets",
		"'We will not give up land': the president's words in full",
		"'A very good day': Geneva after the talks",
	} {
		for _, s := range parseProbe(t, "en", "2025-12-16", text+body).Statements {
			t.Errorf("%s: read as %s saying %q", text, s.Speaker, s.Text)
		}
	}
}
