package corpus

import "testing"

// TestForHisPartPhrases checks that the "for his part" phrase standing
// between an auxiliary and its participle, or after the verb, in the
// Western languages ("a quant à lui indiqué", "ha dal canto suo detto",
// "disse por sua vez", "zei van zijn kant") does not hide the speaker:
// the phrases are adverbs (speakers.json) and their first words open a
// gap (morphology.json gapOpeners).
func TestForHisPartPhrases(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"fr quant à lui", doc("fr", "Le ministre Jean Dumarest a quant à lui indiqué que la frontière resterait fermée."), "Jean Dumarest", "la frontière resterait fermée"},
		{"it dal canto suo", doc("it", "Il ministro Paolo Brambati ha dal canto suo detto che la frontiera resterà chiusa."), "Paolo Brambati", "la frontiera resterà chiusa"},
		{"pt por sua vez", doc("pt", "O ministro Rui Figueiredo disse por sua vez que a fronteira continuará fechada."), "Rui Figueiredo", "a fronteira continuará fechada"},
		{"nl van zijn kant", doc("nl", "Minister Pieter Dekkers zei van zijn kant dat de grens dicht blijft."), "Pieter Dekkers", "de grens dicht blijft"},
	})
}
