package corpus

import "testing"

// TestTickerEntries checks a live ticker whose entries are a bold line
// ("**+++ 22:40 Uhr +++ Selenskyj: „…“**") with the entry's text on the
// very next line: the bold line heads its own paragraph, the time between
// the markers is dropped, and the headline quote is its speaker's.
func TestTickerEntries(t *testing.T) {
	de := "---\ntitle: Liveticker\nlang: de\n---\n\n" +
		"**+++ 22:40 Uhr +++ Selenskyj: „Wir werden Alternativen vorlegen“**\nIn seiner Videoansprache sagt Präsident Wolodymyr Selenskyj, Kiew werde ruhig mit Washington arbeiten.\n\n" +
		"**+++ 21:15 Uhr +++ Trump nennt Frist „angemessen“**\nUS-Präsident Donald Trump sagt, er halte Donnerstag für einen guten Zeitpunkt.\n"
	en := "---\ntitle: Live\nlang: en\n---\n\n" +
		"**+++ 10:05 +++ Rubio: \"We made real progress\"**\nSecretary of State Marco Rubio said the talks in Geneva had gone well.\n"
	checkStatements(t, []statementCase{
		{"de headline quote", de, "Zelensky", "Wir werden Alternativen vorlegen"},
		{"de entry text apart from its headline", de, "Zelensky", "Kiew werde ruhig mit Washington arbeiten"},
		{"de second entry", de, "Trump", "er halte Donnerstag für einen guten Zeitpunkt"},
		{"en headline quote", en, "Rubio", "We made real progress"},
	})
}
