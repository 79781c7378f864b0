package corpus

import (
	"strings"
	"testing"
)

// TestPerfectVerbSecond: the auxiliary second, the speaker after it and
// the speech participle closing the clause (German, Dutch).
func TestPerfectVerbSecond(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"de hatte … gesagt, dass", doc("de", "Am Dienstag hatte Ministerin Anke Wollrath auf einem Forum gesagt, dass die Grenze offen bleibt.\n"), "Anke Wollrath", "die Grenze offen bleibt"},
		{"nl had … gezegd dat", doc("nl", "Dezelfde middag had minister Pieter Dekkers op een congres gezegd dat Nederland wil bijdragen.\n"), "Pieter Dekkers", "Nederland wil bijdragen"},
		{"nl heeft … verklaard dat", doc("nl", "Gisteren heeft Pieter Dekkers in Brussel verklaard dat de steun doorgaat.\n"), "Pieter Dekkers", "de steun doorgaat"},
	})
}

// TestVerbSecondApposition: a verb-second sentence whose speaker has an
// apposition and where the words were given before "dat"/"dass" (Dutch,
// German).
func TestVerbSecondApposition(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	cases := []statementCase{
		{"nl intussen schreef X, role, op Telegram dat", doc("nl", "Intussen schreef Pieter Dekkers, de gezant voor handel, op Telegram dat het gesprek nuttig was.\n"), "Pieter Dekkers", "het gesprek nuttig was"},
		{"de derweil schrieb X, role, auf Telegram, dass", doc("de", "Derweil schrieb Anke Wollrath, die Gesandte für Handel, auf Telegram, dass das Gespräch nützlich war.\n"), "Anke Wollrath", "das Gespräch nützlich war"},
	}
	checkStatements(t, cases)
	for _, c := range cases {
		for _, s := range statementsOf(t, c.text) {
			if strings.Contains(s.Text, "Telegram") || strings.Contains(s.Text, "Handel") || strings.Contains(s.Text, "handel") {
				t.Errorf("%s: the apposition is no part of what was said: %+v", c.name, s)
			}
		}
	}
}
