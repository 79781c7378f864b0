package corpus

import "testing"

// TestSpeakOfBracket checks the German speak-of report in the orders news
// German writes it: the subject after the finite auxiliary, a long middle
// field, and hint verbs with the reported mood after them; and that a
// bracket with no person at either place gives nobody.
func TestSpeakOfBracket(t *testing.T) {
	for _, tc := range []struct {
		name, body, speaker, text string
	}{
		{"subject after the auxiliary",
			"---\nlang: de\n---\n\nNach zwei Tagen Verhandlungen im Kanzleramt hat Bundeskanzler Friedrich Merz von einer echten Chance auf Frieden gesprochen.\n",
			"Friedrich Merz", "von einer echten Chance auf Frieden gesprochen"},
		{"long middle field",
			"---\nlang: de\n---\n\nDer Gesandte Steve Witkoff hat nach mehr als fünf Stunden Gesprächen mit der ukrainischen Delegation in Berlin von großen Fortschritten gesprochen.\n",
			"Steve Witkoff", "von großen Fortschritten gesprochen"},
		{"hint verb",
			"---\nlang: de\n---\n\nVor Beginn der Runde hat Präsident Selenskyj angedeutet, die Ukraine könne auf den Beitritt verzichten.\n",
			"Volodymyr Zelensky", "die Ukraine könne auf den Beitritt verzichten"},
		{"no person in the bracket",
			"---\nlang: de\n---\n\nAm Abend hat die Runde im Kanzleramt von großen Fortschritten gesprochen.\n",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.body)
			if tc.speaker == "" {
				if len(got) != 0 {
					t.Fatalf("want no statement, got %+v", got)
				}
				return
			}
			for _, s := range got {
				if s.Speaker == tc.speaker && s.Text == tc.text {
					return
				}
			}
			t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
		})
	}
}
