package corpus

import (
	"strings"
	"unicode"
)

// emptyReport reports whether reported speech of one or two words says
// nothing read alone: an answer after a dash to a question the sentence
// before asks ("Ile punktów ma plan? Według Zełenskiego – dwadzieścia."),
// or a clause cut off after its pronoun subject and one verb (a paywall
// teaser ending "Selenskyj versprach, er werde", "he said he would").
// Other short reports are kept: "диалог продолжается" and "incontro
// produttivo" are whole claims. A direct quotation is never read here:
// its words are the speaker's own.
func emptyReport(text string) bool {
	// only the first two words with a letter or digit are kept, and
	// whether there is a third: the test runs on every emitted
	// statement, and most are long
	var words [2]string
	n := 0
	for w := range strings.FieldsSeq(text) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		if n == 2 {
			return false
		}
		words[n] = w
		n++
	}
	if strings.HasPrefix(text, "– ") || strings.HasPrefix(text, "— ") || strings.HasPrefix(text, "- ") {
		return true
	}
	return n == 2 && lowerIn(pronounGender, words[0]) != "" && !containsAny(words[1], ".!?")
}
