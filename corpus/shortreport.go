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
	var words []string
	for _, w := range strings.Fields(text) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words = append(words, w)
		}
	}
	if len(words) >= 3 {
		return false
	}
	if strings.HasPrefix(text, "– ") || strings.HasPrefix(text, "— ") || strings.HasPrefix(text, "- ") {
		return true
	}
	return len(words) == 2 && pronounGender[strings.ToLower(words[0])] != "" && !strings.ContainsAny(words[1], ".!?")
}
