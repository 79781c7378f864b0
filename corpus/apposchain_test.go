package corpus

import "testing"

// TestAppositiveChains checks the appositives that hold a rank before the
// name ("Driscoll's spokesman, Lieutenant Colonel Jeff Tolbert, said") or
// a second appositive describing the speaker's institution ("X, an analyst
// at Y, an independent think tank, said"), in English, German and French.
func TestAppositiveChains(t *testing.T) {
	de := "---\ntitle: t\nlang: de\n---\n\n"
	fr := "---\ntitle: t\nlang: fr\n---\n\n"
	checkStatements(t, []statementCase{
		{"en rank and name", "The minister's spokesman, Lieutenant Colonel Jeff Tolbert, said on Tuesday that the talks with the other side were going well.", "Jeff Tolbert", "the talks with the other side were going well"},
		{"de rank and name", de + "Der Sprecher des Ministeriums, Oberst Markus Feld, sagte am Dienstag, die Gespräche seien gut verlaufen.", "Markus Feld", "die Gespräche seien gut verlaufen"},
		{"en institution appositive", "Veronika Stadnyk, a defence analyst at the Institute for Strategic Choices, an independent think tank, said the army cap would be hard to verify.", "Veronika Stadnyk", "the army cap would be hard to verify"},
		{"fr institution appositive", fr + "Claire Vasseur, chercheuse à l'Institut d'études de défense, un centre indépendant, a estimé que le plafond était trop bas.", "Claire Vasseur", "le plafond était trop bas"},
	})
}
