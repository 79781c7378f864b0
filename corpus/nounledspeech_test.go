package corpus

import "testing"

// TestNounLedSpeech: a noun of speech owned by a named speaker and
// followed by what was said ("X's remarks on Saturday that …", "les
// propos de X selon lesquels …") is X's statement. Each case fails
// without nounledspeech.go.
func TestNounLedSpeech(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en X's remarks on Saturday that", xindDoc("en", "The letter follows Governor Anna Vestry's remarks on Saturday that the bridge would stay closed until spring."), "Anna Vestry", "the bridge would stay closed until spring"},
		{"en after X's warning that", xindDoc("en", "Markets fell after Senator Ruth Calloway's warning that the budget talks had collapsed."), "Ruth Calloway", "the budget talks had collapsed"},
		{"fr les propos de X selon lesquels", xindDoc("fr", "La lettre fait suite aux propos de Marc Vallier selon lesquels la frontière resterait fermée."), "Marc Vallier", "la frontière resterait fermée"},
		{"it le dichiarazioni di X secondo cui", xindDoc("it", "La lettera arriva dopo le dichiarazioni di Luca Ferri secondo cui il piano andava rivisto."), "Luca Ferri", "il piano andava rivisto"},
	})
}

// TestNounLedSpeechNot: a noun of wish or plan, or a that-word that is a
// determiner, says nothing of what the owner said.
func TestNounLedSpeechNot(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"en X's demand that", xindDoc("en", "The letter follows Governor Anna Vestry's demand that the bridge stay closed until spring.")},
		{"en X's remarks at that meeting", xindDoc("en", "The letter follows Governor Anna Vestry's remarks at that meeting in Columbus last week.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				t.Errorf("statement %q by %q: nothing was said", s.Text, s.Speaker)
			}
		})
	}
}
