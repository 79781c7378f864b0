package corpus

import (
	"strings"
	"testing"
)

// TestIntroducedQuote: a quotation printed as its own paragraph, often a
// block quote, after the speaker's sentence ends with a colon.
func TestIntroducedQuote(t *testing.T) {
	en := langDoc("en", "# Notes from Riga\n\n"+
		"Before the vote, Foreign Minister Ilze Kalnina told the assembly that her country would not sign a text it had not seen, and went further:\n\n"+
		"> No one in this room should accept borders drawn in another capital. We will say so in every meeting.\n\n"+
		"That was the line of the day.\n")
	fr := langDoc("fr", "# Carnet de Bruxelles\n\n"+
		"Interrogé par la presse, le ministre Julien Morvan a déclaré que la France soutiendrait le texte européen et a ajouté :\n\n"+
		"> Aucun accord ne tiendra si l'Ukraine n'a pas de garanties solides.\n\n"+
		"Le sommet reprend demain.\n")
	checkStatements(t, []statementCase{
		{"en block quote after a colon", en, "Ilze Kalnina", "No one in this room should accept borders"},
		{"fr block quote after a colon", fr, "Julien Morvan", "Aucun accord ne tiendra"},
	})
	// a list's lead ends with a colon too, after no statement
	lead := langDoc("en", "The draft lists three conditions for the ceasefire:\n\nThe line of contact is frozen where it runs today.\n")
	got, err := Parse([]byte(lead), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got.Statements {
		if strings.Contains(s.Text, "line of contact is frozen") {
			t.Errorf("a list's lead made a statement: %+v", s)
		}
	}
}

// TestReplyQuote: the writer asked someone and prints the answer as its
// own paragraph after "Her reply:", "Seine Antwort:".
func TestReplyQuote(t *testing.T) {
	en := langDoc("en", "# Notes\n\nI asked Dr. Mirela Vantu, who studies border disputes in Iasi, what the draft means for Moldova. Her reply, slightly shortened:\n\n"+
		"> Nobody in Chisinau has agreed to anything, and nobody was asked.\n\nSee you next week.\n")
	de := langDoc("de", "# Notizen\n\nWir haben den Historiker Jonas Albrecht gefragt, was der Entwurf für die Grenze bedeutet. Seine Antwort:\n\n"+
		"> Eine Linie auf der Karte ist noch keine Grenze, und niemand hat sie unterschrieben.\n\nBis nächste Woche.\n")
	checkStatements(t, []statementCase{
		{"en her reply", en, "Mirela Vantu", "Nobody in Chisinau has agreed"},
		{"de seine Antwort", de, "Jonas Albrecht", "Eine Linie auf der Karte"},
	})
}
