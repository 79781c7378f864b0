package corpus

import "testing"

// TestTimeLeadMention: a title and name in apposition after a fronted time
// phrase with no comma ("In the afternoon the defence minister, X, …")
// is a mention, so the pronoun of the next sentence finds the person.
func TestTimeLeadMention(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en", reportDoc("en", "In the afternoon the interior minister, Gareth Pryce, toured the border post. He said the crossing would stay open."), "Gareth Pryce", "the crossing would stay open"},
		{"fr", reportDoc("fr", "Dans la soirée le ministre de l'Intérieur, Gilles Aubry, a visité le poste frontière. Il a déclaré que le passage resterait ouvert."), "Gilles Aubry", "le passage resterait ouvert"},
	})
}
