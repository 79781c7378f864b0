package corpus

import "testing"

// TestBareApposition checks the role memory's reading of a description
// set off after a name without an article (bareappos.go), in several
// languages: a private person described by a relative or a study, a
// title word with its complement, two descriptions in a row, and a
// description joined to the title read before the name. The negatives
// give no role: a participle clause, a relative clause of speaking, a
// list of names, a description that runs into a coordination.
func TestBareApposition(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\nIntro.\n\n" + body }
	checkExactRoles(t, []exactRole{
		{"es estudiante", doc("es", "Lucía Fernández, estudiante de Historia, dijo que le había impresionado que nadie hablara del plan de paz."), "Lucía Fernández", "estudiante de Historia"},
		{"uk мати, colon", doc("uk", "Марія Поліщук, мати полоненого: «Мій син не повернувся і з цим обміном. Прошу вимагати списки»."), "Марія Поліщук", "мати полоненого"},
		{"uk two descriptions", doc("uk", "Оксана Мельничук, юристка, мама близнюків, зачитала ще кілька пунктів: «Україна стане членом ЄС»."), "Оксана Мельничук", "юристка, мама близнюків"},
		{"en title word, sentence later", doc("en", "Now Yaryna Bondar, analyst based in Kyiv, joins by video.\n\nBondar said: \"Ukrainians have heard the word guarantee before.\""), "Yaryna Bondar", "analyst based in Kyiv"},
		{"it joined to the title before", doc("it", "In studio con noi il professor Vittorio Sanna, docente di relazioni internazionali. Il professor Sanna ha detto: «Nessuno a Mosca ha letto il testo di Ginevra»."), "Vittorio Sanna", "professor, docente di relazioni internazionali"},
		{"pt mãe", doc("pt", "Ana Souza, mãe de um soldado, disse que a família espera notícias há meses."), "Ana Souza", "mãe de um soldado"},
		{"en participle: no role", doc("en", "Dmitry Peskov, speaking to reporters, said no one should expect quick results from the talks."), "Dmitry Peskov", ""},
		{"en relative of speaking: no role", doc("en", "Dmitry Peskov, who spoke to reporters on Tuesday, said no one should expect quick results from the talks."), "Dmitry Peskov", ""},
		{"en names listed: no role", doc("en", "Marco Rubio, Steve Witkoff and Jared Kushner met in Miami. Rubio said the talks were \"productive and useful\"."), "Marco Rubio", ""},
		{"en description of an age: no role", doc("en", "We met Anna Keller, 54, in Kyiv.\n\nKeller said: \"The talks will drag on into the spring.\""), "Anna Keller", ""},
		{"de Mutter", doc("de", "Wir trafen Anke Roth, Mutter eines Soldaten, in Celle.\n\nRoth sagte: „Ich habe Angst um meinen Sohn.“"), "Anke Roth", "Mutter eines Soldaten"},
	})
}

func TestJoinedRole(t *testing.T) {
	for _, c := range [][3]string{
		{"professor", "docente di relazioni internazionali", "professor, docente di relazioni internazionali"},
		{"юристка", "юристка, мама близнюків", "юристка, мама близнюків"},
		{"Kremlin spokesman", "spokesman", "Kremlin spokesman"},
	} {
		if got := joinedRole(c[0], c[1]); got != c[2] {
			t.Errorf("joinedRole(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// TestPreTitle checks the long title before a name whose complement
// names an institution and goes on past it (pretitle.go), in Italian,
// Ukrainian, Serbian and German; the negative is a coordination of two
// capitals, which ties no title to the name after it.
func TestPreTitle(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\nIntro.\n\n" + body }
	checkExactRoles(t, []exactRole{
		{"it Cremlino per la cooperazione", doc("it", "Il rappresentante speciale del Cremlino per la cooperazione economica Kirill Dmitriev ha detto che la riunione è stata produttiva."), "Kirill Dmitriev", "rappresentante speciale del Cremlino per la cooperazione economica"},
		{"uk Верховної Ради з прав людини", doc("uk", "Уповноважений Верховної Ради з прав людини Дмитро Лубінець сказав, що повернення дітей має бути безумовним."), "Дмитро Лубінець", "Уповноважений Верховної Ради з прав людини"},
		{"sr beogradskog Centra za", doc("sr", "Analitičar beogradskog Centra za evropske i bezbednosne studije Nebojša Vranješ rekao je za Dunavpres da Berlin predstavlja prvi trenutak.\n\n\"Moskva sada mora da odgovori\", rekao je Vranješ."), "Nebojša Vranješ", "Analitičar beogradskog Centra za evropske i bezbednosne studije"},
		{"en coordination: no title", doc("en", "The leaders of France and Germany Emmanuel Macron and Friedrich Merz met in Paris. Macron said the guarantees must be \"robust\"."), "Emmanuel Macron", ""},
	})
}
