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

// TestSpeakingOfInsideTurns checks a verb of speaking of ("hat von großen
// Fortschritten gesprochen", "ha parlato di progressi", "spoke of
// progress") reported inside a labelled turn of a debate or an interview,
// the answerer's or the interviewer's: what the third person spoke of is
// theirs, as with a say verb; before, only say verbs were kept there. And
// a German interviewer's short turn, a sentence then its question, all
// nouns capitalised, is a turn, not a heading.
func TestSpeakingOfInsideTurns(t *testing.T) {
	debate := func(lang, a, b string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n**Markus Hell:** " + a + "\n\n**Aylin Dorn:** " + b + "\n"
	}
	interview := func(lang, label, q1, a1, q2, a2 string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# Interview\n\n" + label + ": " + q1 + "\n\nBerger: " + a1 + "\n\n" + label + ": " + q2 + "\n\nBerger: " + a2 + "\n"
	}
	checkStatementsExact(t, []statementCase{
		{"de debate gesprochen", debate("de", "Ich halte nichts davon, das ist Sache des Bundes.", "Kanzler Friedrich Merz hat nach den Gesprächen von bemerkenswerten Fortschritten gesprochen. Ich hoffe, dass er recht behält."), "Friedrich Merz", "von bemerkenswerten Fortschritten gesprochen"},
		{"en debate spoke of", debate("en", "I do not think so, that is for the government.", "Chancellor Friedrich Merz spoke of remarkable progress after the talks. I hope he is right."), "Friedrich Merz", "spoke of remarkable progress after the talks"},
		{"de interviewer gesprochen", interview("de", "FRAGE", "Herr Minister, wie geht es weiter?", "Wir verhandeln weiter, das ist klar.", "Kanzler Friedrich Merz hat von großen Fortschritten gesprochen. Teilen Sie das?", "Ja, das teile ich."), "Friedrich Merz", "von großen Fortschritten gesprochen"},
		{"de interviewer gesagt", interview("de", "FRAGE", "Herr Minister, wie geht es weiter?", "Wir verhandeln weiter, das ist klar.", "In Genf hat Außenminister Marco Rubio gesagt, die Gespräche seien gut gelaufen. Teilen Sie das?", "Ja, das teile ich."), "Marco Rubio", "die Gespräche seien gut gelaufen"},
	})
	// negatives: the answerer's own view is no third person's, and a
	// heading that asks stays a heading
	for _, body := range []string{
		debate("de", "Ich halte nichts davon, das ist Sache des Bundes.", "Wir sprechen hier von großen Fortschritten für die Stadt. Ich hoffe das."),
	} {
		for _, s := range statementsOf(t, body) {
			if s.Speaker != "Markus Hell" && s.Speaker != "Aylin Dorn" {
				t.Errorf("statement %q by %q: no third person speaks", s.Text, s.Speaker)
			}
		}
	}
	for _, h := range []string{"Was steht im Plan?", "Was sagt Kanzler Merz zum Plan?", "Dr. Vogt und der Plan: Was nun?", "Der U.S. Plan: Wer Zahlt?"} {
		if !looksLikeHeading(h) {
			t.Errorf("%q: a heading that asks, read as text", h)
		}
	}
	if looksLikeHeading("KURIER: In Genf hat Rubio von Fortschritten gesprochen. Teilen Sie das?") {
		t.Error("an interviewer's turn read as a heading")
	}
}
