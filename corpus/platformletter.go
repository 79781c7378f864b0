package corpus

import "strings"

// platformPrepositions are the prepositions before a platform's name
// (grammar.json): "on X", "auf X", "su X", "na X", "в X".
var platformPrepositions = grammarSet("platformPrepositions")

// platformLetter reports whether a single capital letter closing before
// a full stop is a platform's name rather than an initial: the word before
// it, ending before (the text up to the letter's word break), is a
// preposition of place ("Umerov wrote on X. He added …", "napisał na X.
// Dodał …"). An initial follows a name or a verb ("Donald J. Trump",
// "said J. D. Vance"), never such a preposition, so the sentence ends
// after the letter and the next one is read on its own.
func platformLetter(before string) bool {
	before = strings.TrimRight(before, " ")
	w := before[lastWordBreak(before)+1:] // (lastWordBreak is -1 when before is one word)
	return w != "" && lowerIn(platformPrepositions, w)
}
