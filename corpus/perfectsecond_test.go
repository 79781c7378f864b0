package corpus

import "testing"

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
