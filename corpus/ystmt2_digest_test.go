package corpus

import "testing"

// TestTrailingTitleComplement checks an inverted attribution whose title
// has a lower-case complement before the name ("…, предупредил министр
// иностранных дел Сергей Лавров.", "…, a déclaré le ministre des affaires
// étrangères Jean Barrot."): the name after the complement is the
// speaker, in Russian, French and Italian. Without trailingComplement the
// complement ends the subject and the sentence has none.
func TestTrailingTitleComplement(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru", ysDoc("ru", "Дайджест", "Ситуация будет принципиально иной, предупредил министр иностранных дел Сергей Лавров."),
			"Sergei Lavrov", "Ситуация будет принципиально иной"},
		{"uk", ysDoc("uk", "Дайджест", "Ситуація буде зовсім іншою, попередив міністр закордонних справ Андрій Сибіга."),
			"Andrii Sybiha", "Ситуація буде зовсім іншою"},
		{"it", ysDoc("it", "Rassegna", "La situazione sarebbe del tutto diversa, ha avvertito il ministro degli esteri Antonio Tajani."),
			"Antonio Tajani", "La situazione sarebbe del tutto diversa"},
	})
}

// TestInnerQuoteBeforeInvertedVerb checks a sentence with a quoted phrase
// inside it right before the comma of an inverted attribution ("Кремль не
// намерен вести переговоры «через мегафон», сообщил …"): the sentence is
// the speaker's, in Russian, Ukrainian and French. Without
// innerQuoteComma the closing guillemet hides the comma and the sentence
// has no speaker.
func TestInnerQuoteBeforeInvertedVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru", ysDoc("ru", "Дайджест", "Кремль не намерен вести переговоры «через мегафон», сообщил журналистам пресс-секретарь президента Дмитрий Песков."),
			"Dmitry Peskov", "вести переговоры «через мегафон»"},
		{"uk", ysDoc("uk", "Дайджест", "Київ не вестиме переговори «через мегафон», заявив речник міністерства Георгій Тихий."),
			"Георгій Тихий", "не вестиме переговори «через мегафон»"},
		{"fr", ysDoc("fr", "Revue", "Le Kremlin ne négociera pas « par mégaphone », a déclaré le porte-parole Dmitri Peskov."),
			"Dmitry Peskov", "ne négociera pas"},
	})
}
