package corpus

import "testing"

// TestSlavicPresentPhraseVerbs checks the present tense of the Slavic
// speech phrases feature writing uses ("zwraca uwagę, że", "обращает
// внимание, что", "звертає увагу, що"), and a Polish analyst named with
// "Dr" and a role holding "ds." (do spraw), whose words framed by dialogue
// dashes follow ("– To klasyczna zasłona dymna – mówi.").
func TestSlavicPresentPhraseVerbs(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatementsExact(t, []statementCase{
		{"pl zwraca uwagę", doc("pl", "Analityczka Hanna Wrzos zwraca uwagę, że historia pojawiła się nagle."), "Hanna Wrzos", "historia pojawiła się nagle"},
		{"pl ds. role", doc("pl", "Dr Hanna Wrzos, analityczka ds. Rosji, zwraca uwagę, że historia pojawiła się nagle. – To klasyczna zasłona dymna – mówi."), "Hanna Wrzos", "historia pojawiła się nagle"},
		{"pl dash after", doc("pl", "Dr Hanna Wrzos, analityczka ds. Rosji, zwraca uwagę, że historia pojawiła się nagle. – To klasyczna zasłona dymna – mówi."), "Hanna Wrzos", "To klasyczna zasłona dymna"},
		{"ru обращает внимание", doc("ru", "Аналитик Анна Крылова обращает внимание, что история появилась внезапно."), "Анна Крылова", "история появилась внезапно"},
		{"uk звертає увагу", doc("uk", "Аналітикиня Ганна Крилова звертає увагу, що історія з'явилася раптово."), "Ганна Крилова", "історія з'явилася раптово"},
	})
	for _, s := range statementsOf(t, doc("pl", "Dr Hanna Wrzos, analityczka ds. Rosji, zwraca uwagę, że historia pojawiła się nagle.")) {
		if s.Role != "analityczka ds. Rosji" {
			t.Errorf("role %q, want the analyst's role whole and without the title", s.Role)
		}
	}
}
