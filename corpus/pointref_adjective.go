// A point "of the American document": Slavic and Greek put the document
// after a point word in the genitive, often with an adjective first
// ("шостим пунктом американського документа", "в девятом пункте
// американского плана", "punkt dziewiąty amerykańskiego planu"). The
// document noun one word on makes the ordinal a point of a document as
// the noun right after it does.

package corpus

import "strings"

// adjectiveThenDocument reports whether the word after the one ending at
// end of rest is a document noun in any case form ("документа",
// "плана", "planu"), with no punctuation between the two.
func adjectiveThenDocument(lx *lexicon, rest string, end int) bool {
	if end >= len(rest) || rest[end] != ' ' {
		return false
	}
	w, _ := nextWord(rest, end)
	if w == "" || !strings.HasPrefix(rest[end+1:], w) {
		return false
	}
	l := lowerString(w)
	return lx.proseNouns[l] || lx.proseNouns[strings.TrimRight(l, "ауеоміaeouy")]
}
