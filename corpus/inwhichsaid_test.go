package corpus

import (
	"strings"
	"testing"
)

// TestInWhichSaid: speech in a relative clause on an address or a
// statement ("X's address, in which the leader said …", "her statement,
// in which she said …", "le discours de X, dans lequel il a déclaré …")
// is the owner's, not the sentence subject's nor the last speaker's. Each
// case fails without inwhichsaid.go.
func TestInWhichSaid(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en possessive, title subject", xindDoc("en", "\"We need a vote,\" said Senator Ruth Calloway.\n\nShe also cited Governor Anna Vestry's speech on Friday, in which the Ohio governor said the state faced a hard winter."), "Anna Vestry", "the state faced a hard winter"},
		{"en possessive pronoun, pronoun subject", xindDoc("en", "When the paper asked Senator Ruth Calloway to comment, her office pointed to her statement of 3 May, in which she said that the bridge must reopen."), "Ruth Calloway", "the bridge must reopen"},
		{"fr le discours de X, dans lequel il a déclaré", xindDoc("fr", "Le député Paul Garnier a cité le discours de Marc Vallier, dans lequel il a déclaré que la frontière restait fermée."), "Marc Vallier", "la frontière restait fermée"},
		{"it l'intervista di X, nella quale ha detto", xindDoc("it", "Il deputato Carlo Benvenuti ha citato l'intervista di Luca Ferri, nella quale ha detto che il piano andava rivisto."), "Luca Ferri", "il piano andava rivisto"},
		{"de die Rede von X, in der er sagte", xindDoc("de", "Der Abgeordnete Uwe Kranz verwies auf die Rede von Jens Albrecht, in der er sagte, die Frist sei kaum zu halten."), "Jens Albrecht", "die Frist sei kaum zu halten"},
		{"es la entrevista de X, en la que dijo", xindDoc("es", "La diputada Rosa Vidal citó la entrevista de Ramón Ferrer, en la que dijo que el acuerdo llegaba tarde."), "Ramón Ferrer", "el acuerdo llegaba tarde"},
	})
	for _, s := range statementsOf(t, xindDoc("es", "La diputada Rosa Vidal citó la entrevista de Ramón Ferrer, en la que dijo que el acuerdo llegaba tarde.")) {
		if s.Role != "" {
			t.Errorf("statement %q by %q has role %q: \"en la que\" opens a clause, not a description", s.Text, s.Speaker, s.Role)
		}
	}
	for _, s := range statementsOf(t, xindDoc("en", "\"We need a vote,\" said Senator Ruth Calloway.\n\nShe also cited Governor Anna Vestry's speech on Friday, in which the Ohio governor said the state faced a hard winter.")) {
		if strings.Contains(s.Speaker, "Calloway") && strings.Contains(s.Text, "winter") || strings.Contains(s.Speaker, "Calloway") && strings.Contains(s.Role, "governor") {
			t.Errorf("statement %q by %q (%s): the governor's words and title are not the senator's", s.Text, s.Speaker, s.Role)
		}
	}
}
