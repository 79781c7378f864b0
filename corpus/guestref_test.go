package corpus

import "testing"

// TestGuestReference checks a programme summary that names its guest in
// its credits ("Guest: …", "Gość: …", "Invité : …") and then calls them
// "our guest": the words are the guest's, in English, Polish and French;
// without a credits line "our guest" is no one.
func TestGuestReference(t *testing.T) {
	en := "---\nlang: en\n---\n# Episode 12: the plan\n\n*Host: Mark Ellison. Guest: Dr Alan Whitby, Centre for Sea Studies.*\n\n" +
		"Our guest believes the answer matters less than Ukraine's say in it.\n"
	pl := "---\nlang: pl\n---\n# Odcinek 12\n\n*Prowadzi: Marta Zielonka. Gość: dr Aleksander Wojtaszek, Ośrodek Studiów.*\n\n" +
		"Nasz gość uważa, że odpowiedź jest mniej ważna niż wpływ Ukrainy.\n"
	fr := "---\nlang: fr\n---\n# Émission du lundi\n\n*Présentation : Luc Darras. Invité : Henri Vasseur, chercheur.*\n\n" +
		"Notre invité estime que le texte reste fragile.\n"
	checkStatements(t, []statementCase{
		{"en", en, "Alan Whitby", "the answer matters less"},
		{"pl", pl, "Aleksander Wojtaszek", "odpowiedź jest mniej ważna"},
		{"fr", fr, "Henri Vasseur", "le texte reste fragile"},
	})
	for _, s := range statementsOf(t, "---\nlang: en\n---\n# Episode 12\n\nOur guest believes the answer matters less than Ukraine's say in it.\n") {
		if s.Speaker != unnamedSpeaker && s.Text != "" {
			t.Errorf("our guest with no credits given to %s", s.Speaker)
		}
	}
}
