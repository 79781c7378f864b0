package corpus

import "testing"

// TestToldAddressee checks that the clause said after "told" and whom it
// was told to, or after "said" and the day, with no "that", starts after
// the addressee or the day.
func TestToldAddressee(t *testing.T) {
	for _, tc := range []struct{ text, words string }{
		{"Tom Brandt told the paper the plan was a start.", "the plan was a start"},
		{"Tom Brandt told Reuters Ukraine would not sign the text.", "Ukraine would not sign the text"},
		{"Tom Brandt told the Harrowgate Courier the plan was a start.", "the plan was a start"},
		{"Tom Brandt told a news conference the plan was a start.", "the plan was a start"},
		{"Tom Brandt told lawmakers on Tuesday the army cap was too low.", "the army cap was too low"},
		{"Tom Brandt told his cabinet they would meet again.", "they would meet again"},
		{"Tom Brandt told reporters the plan was a start.", "the plan was a start"},
		{"Tom Brandt told CNN on Sunday that the plan was a start.", "the plan was a start"},
		{"Tom Brandt said on Sunday they had made progress.", "they had made progress"},
		{"Tom Brandt said Monday the talks would go on.", "the talks would go on"},
		{"Tom Brandt said on Sunday.", ""},
	} {
		d := parseProbe(t, "en", "2025-12-16", tc.text)
		if tc.words == "" {
			if len(d.Statements) != 0 {
				t.Errorf("%s: a day alone is no statement, got %+v", tc.text, d.Statements)
			}
			continue
		}
		if len(d.Statements) != 1 || d.Statements[0].Text != tc.words {
			t.Errorf("%s: want %q, got %+v", tc.text, tc.words, d.Statements)
		}
	}
}
