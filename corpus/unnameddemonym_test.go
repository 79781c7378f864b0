package corpus

import "testing"

// TestUnnamedNationalSource checks an unnamed source described by an
// adjective of nationality, a noun and a place ("Polski dyplomata w
// Brukseli, proszący o anonimowość, ocenił …"). Polish "Polski" is also
// the genitive of "Polska" ("prezydent Polski Karol Nawrocki"), a role
// word, which made the source's description read as a title and the
// sentence lost.
func TestUnnamedNationalSource(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatementsExact(t, []statementCase{
		{"pl Polski", doc("pl", "Polski dyplomata w Brukseli, proszący o anonimowość, ocenił w rozmowie z nami, że Moskwa szuka pretekstu."), unnamedSpeaker, "Moskwa szuka pretekstu"},
		{"pl Niemiecki", doc("pl", "Niemiecki dyplomata w Brukseli ocenił, że Moskwa szuka pretekstu."), unnamedSpeaker, "Moskwa szuka pretekstu"},
		{"en", doc("en", "A Polish diplomat in Brussels, who asked not to be named, told us that Moscow was looking for a pretext."), unnamedSpeaker, "Moscow was looking for a pretext"},
		{"ru", doc("ru", "Польский дипломат в Брюсселе, попросивший не называть его имени, заявил, что Москва ищет предлог."), unnamedSpeaker, "Москва ищет предлог"},
		{"pl title of Poland", doc("pl", "Prezydent Polski Karol Nawrocki powiedział, że Moskwa szuka pretekstu."), "Karol Nawrocki", "Moskwa szuka pretekstu"},
	})
}
