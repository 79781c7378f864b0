package corpus

import "testing"

// TestInvertedAuxiliaryAside checks an attribution inside the sentence
// whose verb follows a French auxiliary inverted with its pronoun ("Kiev,
// a-t-il écrit, ne renoncera …", "Le texte, a-t-elle ajouté, reste …"):
// the pronoun is the person just named. Without invertedAuxAside the
// aside holds a word no attribution holds and the sentence is lost.
func TestInvertedAuxiliaryAside(t *testing.T) {
	fr := func(body string) string { return "---\ntitle: t\nlang: fr\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"a-t-il écrit", fr("Le ministre Andriï Sybiha a salué sur X le travail mené. Kiev, a-t-il écrit, ne renoncera jamais à sa souveraineté."),
			"Sybiha", "ne renoncera jamais à sa souveraineté"},
		{"a-t-elle ajouté", fr("La ministre Claire Dufresnoy a parlé lundi. Le texte, a-t-elle ajouté, reste fragile pour l'instant."),
			"Claire Dufresnoy", "reste fragile"},
		{"avait-il dit", fr("Le député Paul Girard a voté contre. Ce plan, avait-il dit, ne tient pas debout."),
			"Paul Girard", "ne tient pas debout"},
	})
}

// TestIntroPhraseFullNameOpener checks that a full name after an
// introductory phrase ("Avant de nous quitter, Bertrand Lemaire a tenu …")
// is who the next sentence's pronoun means, not whoever was quoted last.
// Without knownFullOpener only a surname after the phrase was noted.
func TestIntroPhraseFullNameOpener(t *testing.T) {
	body := "---\ntitle: t\nlang: fr\n---\n\nL'ancien ambassadeur Bertrand Lemaire a servi à Kiev. « Le texte est bâclé », dit Bertrand Lemaire.\n\n" +
		"Le président Emmanuel Macron a affirmé mardi que les Européens voulaient la paix.\n\n" +
		"Avant de nous quitter, Bertrand Lemaire a tenu à ajouter une remarque sur Kiev. Les Ukrainiens, a-t-il observé, sont épuisés mais pas prêts à se rendre."
	checkStatements(t, []statementCase{{"fr", body, "Bertrand Lemaire", "sont épuisés"}})
}
