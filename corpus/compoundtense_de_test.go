package corpus

import "testing"

// TestCompoundTenseAndClauseAfterComma checks German speech in a compound
// tense as a press review writes it: the Konjunktiv auxiliary ("habe
// gesagt", "hätte betont") and adverbs of the middle field ("hatte dazu
// gesagt", "hat wiederholt betont") between the speaker and the
// participle; and that a preposition after the comma that closes the
// speech verb opens what was said ("sagte, über Geld entscheide …",
// "сказал, о встрече договорились …"), where right after the verb it
// would give only what was spoken about.
func TestCompoundTenseAndClauseAfterComma(t *testing.T) {
	de := "---\ntitle: t\nlang: de\n---\n\n"
	ru := "---\ntitle: t\nlang: ru\n---\n\n"
	checkStatements(t, []statementCase{
		{"de habe gesagt", de + "Die Ministerin Clara Hesse habe gesagt, die Gespräche würden im Januar fortgesetzt.", "Clara Hesse", "die Gespräche würden im Januar fortgesetzt"},
		{"de hatte dazu gesagt", de + "Bürgermeister Tobias Rehm hatte dazu gesagt, die Brücke bleibe bis zum Sommer gesperrt.", "Tobias Rehm", "die Brücke bleibe bis zum Sommer gesperrt"},
		{"de hat wiederholt betont", de + "Verteidigungsminister Ralf Jessen hat wiederholt betont, die Truppe brauche mehr Personal.", "Ralf Jessen", "die Truppe brauche mehr Personal"},
		{"de preposition after the comma", de + "Die Ministerin Clara Hesse sagte, über den Haushalt entscheide allein das Parlament.", "Clara Hesse", "über den Haushalt entscheide allein das Parlament"},
		{"ru preposition after the comma", ru + "Министр Олег Карпов сказал, о новой встрече стороны договорились заранее.", "Олег Карпов", "о новой встрече стороны договорились заранее"},
	})
	for _, body := range []string{de + "Die Ministerin Clara Hesse sprach über den Haushalt des nächsten Jahres.", ru + "Министр Олег Карпов рассказал о новой встрече в Женеве."} {
		for _, s := range statementsOf(t, body) {
			t.Errorf("statement %q by %q: what was spoken about, not said", s.Text, s.Speaker)
		}
	}
}
