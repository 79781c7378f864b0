package corpus

import (
	"strings"
	"testing"
)

// TestTellingAttributionBeforeAdding checks a claim closed by an
// attribution whose verb of telling has an addressee of several words
// with an article ("he told a forum in Moscow", "the Ukrainian leader
// told a joint news conference"), then a participle's clause ("adding
// that …"): two statements, the claim before the attribution and the
// clause after "that", neither holding the attribution nor "adding".
// English read "a" as the French auxiliary, so the attribution ran on
// into what was said; and an attribution of more than seven words was
// kept at the end of the first claim.
func TestTellingAttributionBeforeAdding(t *testing.T) {
	en := func(s string) string { return ysDoc("en", "Talks", "Vladimir Putin spoke on Monday. "+s) }
	checkStatementsExact(t, []statementCase{
		{"en pronoun told a forum", en("Europe had no agenda of its own, he told a forum in Moscow, adding that Russia was ready for talks."), "Vladimir Putin", "Europe had no agenda of its own"},
		{"en pronoun told a forum, added clause", en("Europe had no agenda of its own, he told a forum in Moscow, adding that Russia was ready for talks."), "Vladimir Putin", "Russia was ready for talks"},
		{"en title told a joint news conference", en("Europe had no agenda of its own, the Russian leader told a joint news conference, adding that Russia was ready for talks."), "Vladimir Putin", "Europe had no agenda of its own"},
		{"en title told a joint news conference, added clause", en("Europe had no agenda of its own, the Russian leader told a joint news conference, adding that Russia was ready for talks."), "Vladimir Putin", "Russia was ready for talks"},
		{"en named told a meeting", ysDoc("en", "Harbour", "The harbour would stay closed until the spring, Mayor Ellen Kask told a meeting of the council in Tallinn, adding that ferries would resume in April."), "Ellen Kask", "The harbour would stay closed until the spring"},
		{"en that after addressee", en("He told a forum in Moscow that Russia was ready for talks."), "Vladimir Putin", "Russia was ready for talks"},
		{"it long inverted attribution", ysDoc("it", "Roma", "Il negoziato con Mosca resta difficile, ha detto il ministro degli Esteri Carlo Benvenuti, aggiungendo che l'Italia farà la sua parte."), "Carlo Benvenuti", "Il negoziato con Mosca resta difficile"},
		{"es long inverted attribution", ysDoc("es", "Madrid", "La negociación con Moscú sigue abierta, dijo el ministro de Asuntos Exteriores Luis Arregui, añadiendo que España apoyará a Kiev."), "Luis Arregui", "La negociación con Moscú sigue abierta"},
	})
	// negatives: a clause of its own before "adding that" is what was
	// said, not an attribution to drop
	for _, c := range []struct{ body, keep string }{
		{ysDoc("en", "Talks", "Marco Rubio said the remaining issues were small and would be fixed soon, adding that a deal was near."), "the remaining issues were small and would be fixed soon"},
		{ysDoc("en", "Talks", "Vladimir Putin spoke on Monday. He told a committee in Geneva the plan was dead, adding that a meeting could follow."), "the plan was dead"},
		{ysDoc("it", "Roma", "Il ministro Carlo Benvenuti ha detto che la proposta di Mosca non era mai stata accettata, aggiungendo che l'Italia farà la sua parte."), "la proposta di Mosca non era mai stata accettata"},
	} {
		found := false
		for _, s := range statementsOf(t, c.body) {
			if strings.Contains(s.Text, c.keep) {
				found = true
			}
		}
		if !found {
			t.Errorf("lost %q from %q", c.keep, c.body)
		}
	}
}
