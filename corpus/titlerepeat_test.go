package corpus

import "testing"

// TestHeadlineQuoteUnderSameHeading checks a headline quote in the front
// matter's title when the body's first heading repeats the title: the
// quote is still the named person's (in Ukrainian, English and French),
// while a German noun and its genitive ("Wort der Synode: „…“") names a
// document, not a speaker. Without afterTitle the repeated heading counts
// as the body giving the quote again and the quote is lost.
func TestHeadlineQuoteUnderSameHeading(t *testing.T) {
	doc := func(lang, title, body string) string {
		return "---\ntitle: \"" + title + "\"\nlang: " + lang + "\n---\n\n# " + title + "\n\n" + body + "\n"
	}
	checkStatements(t, []statementCase{
		{"uk", doc("uk", "Народна депутатка Олеся Гнатюк: «Пункт про амністію ми не проголосуємо»",
			"Наша кореспондентка поговорила з депутаткою про план. Гнатюк каже, що документ сирий."),
			"Олеся Гнатюк", "Пункт про амністію ми не проголосуємо"},
		{"en", doc("en", "Senator Mara Hollis: “We will not vote for an amnesty”",
			"Mara Hollis sits on the defence committee. Hollis said the draft was rushed."),
			"Mara Hollis", "We will not vote for an amnesty"},
		{"fr", doc("fr", "La députée Claire Dufresnoy : « Personne ne signera ce texte »",
			"Claire Dufresnoy siège à la commission de la défense. Dufresnoy a dit que le texte était bâclé."),
			"Claire Dufresnoy", "Personne ne signera ce texte"},
	})
	for _, s := range statementsOf(t, doc("de", "Wort der Synode: „Frieden ist mehr als das Schweigen der Waffen“",
		"Die Synode hat am Freitag ein Wort zum Frieden verabschiedet.")) {
		if s.Text == "Frieden ist mehr als das Schweigen der Waffen" {
			t.Errorf("a document's headline given to %q", s.Speaker)
		}
	}
}
