package corpus

import (
	"strings"
	"testing"
)

// checkStatementsExact is checkStatements with the statement's whole text
// given: the attribution must not be part of it.
func checkStatementsExact(t *testing.T, cases []statementCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, c.text)
			for _, s := range ss {
				if strings.Contains(s.Speaker, c.speaker) && s.Text == c.fragment {
					return
				}
			}
			t.Errorf("no statement of %q reading %q; got %+v", c.speaker, c.fragment, ss)
		})
	}
}

// TestInvertedPhraseVerbTail checks a sentence closed by an inverted
// speech verb of several words with its subject inside the phrase
// ("…, voegde hij eraan toe.", "…, merkte Peskov op.", "…, gab sie zu.",
// "…, stellte er klar."): the words before the comma are the subject's,
// in Dutch and German. Without phraseTail the phrase is never read whole
// and the sentence is lost or kept with its attribution.
func TestInvertedPhraseVerbTail(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"nl pronoun", ysDoc("nl", "Kremlin", "Kremlinwoordvoerder Dmitri Peskov sprak met journalisten. Moskou wil eerst de nieuwe tekst zien, voegde hij eraan toe."),
			"Dmitry Peskov", "Moskou wil eerst de nieuwe tekst zien"},
		{"nl name", ysDoc("nl", "Kremlin", "Kremlinwoordvoerder Dmitri Peskov sprak met journalisten. Er is nog geen tekst ontvangen, merkte Peskov op."),
			"Dmitry Peskov", "Er is nog geen tekst ontvangen"},
		{"de pronoun", ysDoc("de", "Kreml", "Der Außenminister Jan Berger sprach mit Journalisten. Die Gespräche sind schwierig, gab er zu."),
			"Jan Berger", "Die Gespräche sind schwierig"},
	})
}

// TestDutchPronounAccordingMid checks "volgens hem" inside a sentence
// ("Een bezoek … zou volgens hem het sluitstuk moeten zijn."): the
// sentence is the statement of the person the pronoun stands for, as
// "laut ihm" and "secondo lui" already are. Without
// the Dutch object pronouns in pronounGender the pronoun is nobody.
func TestDutchPronounAccordingMid(t *testing.T) {
	checkStatements(t, []statementCase{
		{"nl hem", ysDoc("nl", "Genève", "Veiligheidschef Rustem Umerov schreef op Telegram dat er een akkoord is. Een bezoek aan Washington zou volgens hem het sluitstuk moeten zijn."),
			"Rustem Umerov", "zou volgens hem het sluitstuk moeten zijn"},
		{"nl hem, title", ysDoc("nl", "Den Haag", "Minister Pieter Dekkers zei dat Nederland wil bijdragen aan de garanties. Een akkoord zonder Kyiv is volgens hem niets waard voor Europa."),
			"Pieter Dekkers", "is volgens hem niets waard voor Europa"},
	})
}
