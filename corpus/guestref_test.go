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

// TestGuestAnswerLabel checks a label that gives a turn to the guest by
// the word for an answer ("Odpowiedź gościa:", "Réponse de l'invité :",
// "The guest's answer:"), inside a summary's paragraph, in Polish, French
// and English.
func TestGuestAnswerLabel(t *testing.T) {
	pl := "---\nlang: pl\n---\n# Odcinek 12\n\n*Prowadzi: Marta Zielonka. Gość: dr Aleksander Wojtaszek, Ośrodek Studiów.*\n\n" +
		"Słuchacz Karol pyta, czy port jest bezpieczny. Odpowiedź gościa: tak, ale nie na długo.\n"
	fr := "---\nlang: fr\n---\n# Émission du lundi\n\n*Présentation : Luc Darras. Invité : Henri Vasseur, chercheur.*\n\n" +
		"Une auditrice demande si le port est sûr. Réponse de l'invité: oui, mais pas longtemps.\n"
	en := "---\nlang: en\n---\n# Episode 12\n\n*Host: Mark Ellison. Guest: Dr Alan Whitby, Centre for Sea Studies.*\n\n" +
		"A listener asks whether the port is safe. The guest's answer: yes, but not for long.\n"
	checkStatements(t, []statementCase{
		{"pl", pl, "Aleksander Wojtaszek", "tak, ale nie na długo"},
		{"fr", fr, "Henri Vasseur", "oui, mais pas longtemps"},
		{"en", en, "Alan Whitby", "yes, but not for long"},
	})
}
