package corpus

import "testing"

// TestSwissSpelling checks that German words of the lexicon written with
// "ss" for "ß", as Swiss reports write them, read like their German
// spelling.
func TestSwissSpelling(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ch äusserte", "---\ntitle: t\nlang: de\n---\n\nDer Politologe Urs Moser äusserte, der Plan sei eine Zumutung für Kiew.", "Urs Moser", "der Plan sei eine Zumutung"},
		{"ch begrüsste", "---\ntitle: t\nlang: de\n---\n\nBundesrätin Regula Frey begrüsste, dass die Gespräche in Genf stattfinden.", "Regula Frey", "die Gespräche in Genf stattfinden"},
	})
}

// TestPronounThenAdverbial checks an inverted pronoun speaker followed by
// an adverbial to the end of the sentence ("…, sagte er vor Journalisten.",
// "…, a-t-il dit devant les journalistes.").
func TestPronounThenAdverbial(t *testing.T) {
	checkStatements(t, []statementCase{
		{"de vor Journalisten", "---\ntitle: t\nlang: de\n---\n\nBundeskanzler Friedrich Merz war in Johannesburg. Kriege könnten nicht von Großmächten beendet werden, sagte er vor Journalisten.", "Merz", "Kriege könnten nicht von Großmächten beendet werden"},
		{"it davanti ai giornalisti", "---\ntitle: t\nlang: it\n---\n\nIl ministro Carlo Ventura era a Bruxelles. La pace non può essere una resa, ha detto lui davanti ai giornalisti.", "Ventura", "La pace non può essere una resa"},
	})
}

// TestQuebecFrench checks French verbs and nouns Quebec reports use more
// than others: "a-t-il lancé", "a soutenu que", "en entrevue".
func TestQuebecFrench(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr a-t-il lancé", "---\ntitle: t\nlang: fr\n---\n\nLe président Emmanuel Macron a parlé à l'Élysée. « Nous voulons la paix, pas une capitulation », a-t-il lancé.", "Macron", "Nous voulons la paix, pas une capitulation"},
		{"fr a soutenu que", "---\ntitle: t\nlang: fr\n---\n\nLe premier ministre Keir Starmer a soutenu que la coalition devait être prête.", "Starmer", "la coalition devait être prête"},
	})
}
