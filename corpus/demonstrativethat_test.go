package corpus

import "testing"

// TestDemonstrativeThat checks that an English "that" right after a speech
// verb stays in the statement when it is the subject or the determiner of
// what was said (demonstrativeThat, noise.go): before a verb no reported
// clause opens with, and before a singular count noun with no article
// (sets O, ZJ, ZZC gave "is fine", "clause had been …", "account was not
// accurate"). Negatives: the that-word before a clause's own subject (a
// mass noun, a name, a possessive, an article), a noun before a number (a
// label), an inverted condition, and the that-words of other languages
// before a demonstrative.
func TestDemonstrativeThat(t *testing.T) {
	checkSaidExactly(t, []saidCase{
		{"en", "Fiona Ashworth said that is fine, \"Shakespeare meant it\".", "Fiona Ashworth", "that is fine, \"Shakespeare meant it\""},
		{"en", "Marco Rubio said that was a mistake.", "Marco Rubio", "that was a mistake"},
		{"en", "European diplomats in Geneva said that clause had been among the first to be reworked.", "European diplomats", "that clause had been among the first to be reworked"},
		{"en", "A senior US official later said that account was not accurate.", unnamedSpeaker, "that account was not accurate"},
		{"en", "A senior US official said that is not accurate.", unnamedSpeaker, "that is not accurate"},
		// negatives: "that" opens the clause said
		{"en", "Marco Rubio said that peace was possible.", "Marco Rubio", "peace was possible"},
		{"en", "Marco Rubio said that Europe had a role to play.", "Marco Rubio", "Europe had a role to play"},
		{"en", "Marco Rubio said that Ukraine's army would shrink.", "Marco Rubio", "Ukraine's army would shrink"},
		{"en", "Marco Rubio said that the plan was a start.", "Marco Rubio", "the plan was a start"},
		{"en", "Marco Rubio said that point 7 was unacceptable.", "Marco Rubio", "point 7 was unacceptable"},
		{"en", "Marco Rubio said that had he known, he would have stayed.", "Marco Rubio", "had he known, he would have stayed"},
		{"en", "Officials said that the plan was weak.", unnamedSpeaker, "the plan was weak"},
		{"de", "Friedrich Merz sagte, dass das Ergebnis gut sei.", "Friedrich Merz", "das Ergebnis gut sei"},
		{"nl", "Mark Rutte zei dat dat plan niet zal werken.", "Mark Rutte", "dat plan niet zal werken"},
	})
}
