package corpus

import "testing"

// TestSlavicReportingVerbsCompleted checks reporting verbs added to the
// lexicon in their common persons and tenses: present forms an analysis
// uses for a view ("поясняет", "przekonuje", "hodnotí", "konštatuje"),
// past forms of objecting, estimating and promising ("возразила",
// "оцінив"), and calls whose verb stays in the statement ("призвал",
// "wezwał").
func TestSlavicReportingVerbsCompleted(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"ru: present поясняет", doc("ru", "Экономист Ольга Смирнова поясняет, что цены на газ снизятся к весне."), "Ольга Смирнова", "цены на газ снизятся к весне"},
		{"ru: past возразила", doc("ru", "Депутат Анна Белова возразила, что закон не готов."), "Анна Белова", "закон не готов"},
		{"ru: act verb призвал keeps the verb", doc("ru", "Министр Игорь Лебедев призвал не спешить с выводами."), "Игорь Лебедев", "призвал не спешить с выводами"},
		{"uk: past оцінив", doc("uk", "Міністр Петро Коваль оцінив, що переговори триватимуть місяць."), "Петро Коваль", "переговори"},
		{"pl: present przekonuje", doc("pl", "Ekspert Jan Wiśniewski przekonuje, że plan wymaga zmian."), "Jan Wiśniewski", "plan wymaga zmian"},
		{"pl: act verb wezwał", doc("pl", "Premier Adam Zieliński wezwał do szybkiego zawieszenia broni."), "Adam Zieliński", "wezwał do szybkiego zawieszenia broni"},
		{"cs: present hodnotí", doc("cs", "Analytik Tomáš Černý hodnotí, že dohoda je nepravděpodobná."), "Tomáš Černý", "dohoda je nepravděpodobná"},
		{"sk: present konštatuje", doc("sk", "Analytička Eva Horváthová konštatuje, že rokovania uviazli."), "Eva Horváthová", "rokovania uviazli"},
	})
}
