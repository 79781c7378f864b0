package corpus

import (
	"strings"
	"testing"
)

func TestNounBackRef(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body + "\n"
	}
	checkStatements(t, []statementCase{
		{"pl kapitan after kpt.", doc("pl", "Wieczorem kpt. Serhij Bondarenko powiedział, że jego ludzie gaszą najpierw. Kapitan dodał, że amerykański plan czytał w schronie przy świeczce."), "Kapitan", "amerykański plan czytał w schronie"},
		{"pl gość", doc("pl", "Druh Kamil Wrona zapytał, co jest w tym planie. Gość wyjaśnił, że dla nich liczy się tylko prąd."), "Gość", "dla nich liczy się tylko prąd"},
		{"it l'alpinista ha poi detto", doc("it", "Il presidente Franco Bonaldi ha detto che nessuno resta indietro. Ospite Oksana Vernyhora, alpinista di Leopoli. L'alpinista ha poi detto che in cordata si decide insieme."), "Oksana Vernyhora", "in cordata si decide insieme"}, // stop 72: the sentence introducing her with the noun names her (quotebackref.go)
		{"en the captain", doc("en", "Harbour master Jane Miller said the port was open. The captain said that the plan had been read aloud in a bunker."), "Captain", "the plan had been read aloud"},
		{"de der Gast", doc("de", "Pfarrer Johannes Weber sagte, dass die Gemeinde helfe. Der Gast erklärte, dass der Winter hart werde."), "Gast", "der Winter hart werde"},
		{"en holder by role", doc("en", "Captain John Miller said the harbour was open. The captain added that the plan had been read aloud in a bunker."), "John Miller", "the plan had been read aloud"},
	})
}

func TestNounBackRefNot(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"no one named before", "---\ntitle: t\nlang: en\n---\n\nThe guest said that the soup was cold.\n", "Guest"},
		{"a clause after the noun", "---\ntitle: t\nlang: pl\n---\n\nDruh Kamil Wrona powiedział, że plan jest zły. Kapitan, który przyjechał z Kowla, milczał.\n", "Kapitan"},
		{"no speech verb", "---\ntitle: t\nlang: it\n---\n\nIl presidente Franco Bonaldi ha detto che nessuno resta indietro. L'alpinista ha poi mangiato la polenta.\n", "alpinista"},
		{"a book's author", "---\ntitle: t\nlang: en\n---\n\nJane Miller said the book was long. The author notes that the plan has two options.\n", "Author"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(strings.ToLower(s.Speaker), strings.ToLower(c.not)) {
					t.Errorf("no statement of %q wanted: %+v", c.not, s)
				}
			}
		})
	}
}
