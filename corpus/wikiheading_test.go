package corpus

import "testing"

// TestWikiHeading checks that a wiki section heading ("== Name ==") is
// recognised, and that a pronoun in a quote book's section under a heading
// naming one person is that person's, not the previous section's speaker;
// while a person attributed inside the section is still what a later
// pronoun there means.
func TestWikiHeading(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"== Юрий Ушаков ==", "Юрий Ушаков", true},
		{"===Reactions===", "Reactions", true},
		{"== См. также ==", "См. также", true},
		{"== x =", "", false},
		{"= Title =", "", false},
		{"====", "", false},
		{"a == b", "", false},
	} {
		got, ok := wikiHeading(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("wikiHeading(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	ru := "---\ntitle: t\nlang: ru\n---\n\n"
	checkStatements(t, []statementCase{
		{"ru quote book", ru + "Цитаты о плане.\n\n== Сергей Лавров ==\n\nНа пресс-конференции министр заявил, что Москва изучает план.\n\n== Юрий Ушаков ==\n\nПосле встречи в Кремле работа над документом, по его словам, продолжится.", "Yuri Ushakov", "работа над документом"},
		{"en quote book", "Quotes on the plan.\n\n== Marco Rubio ==\n\nRubio said the talks had been productive.\n\n== Dmitry Peskov ==\n\nAt the briefing, he said that the Kremlin had not received the text.", "Dmitry Peskov", "had not received the text"},
		{"en someone else in the section", "Quotes on the plan.\n\n== Marco Rubio ==\n\nRubio said the talks had been productive.\n\n== Dmitry Peskov ==\n\nSergei Lavrov said Moscow would study the plan. He added that the text had not arrived.", "Sergei Lavrov", "the text had not arrived"},
	})
}
