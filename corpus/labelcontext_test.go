package corpus

import "testing"

func TestLabelWithOccasion(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en bold label, occasion in brackets", doc("en", "Who said what this week.\n\n**Karoline Leavitt, White House press secretary** (briefing, Thursday): The president supports the plan.\n"), "Leavitt", "The president supports the plan"},
		{"de bold label, occasion in brackets", doc("de", "Die Reaktionen der Woche.\n\n**Olaf Brenner, Sprecher der Bundesregierung** (Pressekonferenz, Montag): Der Plan ist eine Grundlage, mehr nicht.\n"), "Brenner", "Der Plan ist eine Grundlage"},
	})
}
