package index

import "testing"

// TestEnglishFormsFindTranslations: every English form of a translation
// line ("signed", "fighting", "careful"), not only its first term, finds
// the other languages' words, in German, Italian and Russian alike; and a
// report that matches every query word, some only through a translation,
// ranks before an English text that lacks one of them.
func TestEnglishFormsFindTranslations(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nDas Abkommen über den Gefangenenaustausch wurde in Istanbul unterzeichnet.\n",
		"---\nlang: it\n---\n\nIl ministro degli Esteri si è mostrato cauto sui tempi della tregua.\n",
		"---\nlang: ru\n---\n\nКомандование сообщило, что бои за Покровск продолжаются третьи сутки.\n",
		"---\nlang: en\n---\n\nThe prisoner exchange was discussed in Istanbul on Monday.\n\nThe minister spoke about the timing of the truce.\n\nThe army said the situation near Pokrovsk was under control.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"prisoner exchange signed", "unterzeichnet"},
		{"signing of the prisoner exchange", "unterzeichnet"},
		{"minister careful truce", "cauto"},
		{"carefully minister truce", "cauto"},
		{"fighting for pokrovsk", "бои"},
		{"pokrovsk fights", "бои"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
