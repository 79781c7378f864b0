package corpus

import "testing"

func TestTitleFromEntryHeading(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkRoles(t, []roleCase{
		{"en bold entry heading, kind then title",
			doc("en", "**Tue 4 Mar | Oslo | Press briefing, Foreign Ministry spokesperson**\n\nMara Lind told the briefing that the talks would resume on Friday.\n"),
			"Mara Lind", "Foreign Ministry spokesperson", "the talks would resume"},
		{"en markdown heading, title alone in the last field",
			doc("en", "### Wed 5 Mar | Helsinki | Deputy prime minister\n\nArvid Lennart said the guarantees were the real change.\n"),
			"Arvid Lennart", "Deputy prime minister", "the guarantees were the real change"},
		{"it intestazione di una voce",
			doc("it", "**Mar 4 mar | Roma | Conferenza stampa, ministro degli Esteri**\n\nIlona Sarkadi ha detto che i colloqui riprenderanno venerdì.\n"),
			"Ilona Sarkadi", "ministro degli Esteri", "i colloqui riprenderanno"},
	})
}

func TestEntryHeadingOfAChannelIsNoTitle(t *testing.T) {
	st := statementsOf(t, "**Mon 3 Mar | Kyiv | Presidential address (video)**\n\nArvid Lennart said the list of steps could become correct.\n")
	for _, s := range st {
		if s.Role != "" {
			t.Errorf("a channel is no title: %+v", s)
		}
	}
}
