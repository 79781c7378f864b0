package corpus

import "testing"

// TestFrenchPronounAfterFrontedPhrase checks that a French "il" after a
// fronted phrase stands for the person just named ("Dans un message
// publié sur Telegram, il a écrit que …"), while the Italian "il" after
// the verb stays the article of the speaker's title.
func TestFrenchPronounAfterFrontedPhrase(t *testing.T) {
	fr := "---\ntitle: t\nlang: fr\n---\n\n"
	it := "---\ntitle: t\nlang: it\n---\n\n"
	checkStatements(t, []statementCase{
		{"fr fronted time", fr + "Le ministre Julien Castagnède a parlé mardi. Mardi soir, il a estimé que les délais resteraient trop courts.", "Julien Castagnède", "les délais resteraient trop courts"},
		{"fr fronted channel", fr + "Le député Julien Castagnède a voté contre. Dans un message publié sur Telegram, il a écrit que la frontière resterait fermée.", "Julien Castagnède", "la frontière resterait fermée"},
		{"it article after verb", it + "Il confine resterà chiuso fino a marzo, ha detto il ministro Paolo Brambati.", "Paolo Brambati", "Il confine resterà chiuso fino a marzo"},
	})
}
