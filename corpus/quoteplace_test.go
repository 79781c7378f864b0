package corpus

import "testing"

// TestQuoteCreditWithPlace: a newsletter's quote credited after a dash,
// the place where it was said after the name, in German, English and
// French.
func TestQuoteCreditWithPlace(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n**Stimmen**\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"de im + two-word place", doc("de", "- „Der Winter wird für alle hart werden“ – Minister Jan Kessler im Roten Rathaus.\n"), "Jan Kessler", "Der Winter wird für alle hart"},
		{"en at the + place", doc("en", "- \"We are waiting for an answer from Moscow\" — Jan Kessler, at the White House.\n"), "Jan Kessler", "We are waiting for an answer"},
		{"fr à + place", doc("fr", "- « Nous attendons une réponse de Moscou » – Paul Garnier à Matignon Nord.\n"), "Paul Garnier", "Nous attendons une réponse"},
	})
}
