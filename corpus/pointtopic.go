package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A sentence may name a point only as what the text is about, "It is
// about point 21 of the original plan.", "Речь прежде всего о пункте 21
// первоначального плана.", "Chodzi o punkt 9 projektu.", and set its terms
// out in the next sentence ("It provided that …", "Он предусматривал,
// что …"). introducesPoint knows the copula form ("The most contested is
// point 21."); topicIntro adds this one: the sentence opens with a topic
// opener of pointrefs.json (topicOpeners, for every language) and ends on
// the point, or on the point and its document, with no words of its own
// after them. The caller then gives the point the next sentence's words.

// topicOpenerData is pointrefs.json's topicOpeners.
var topicOpenerData = sync.OnceValue(func() []string {
	var d struct {
		Openers []string `json:"topicOpeners"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return d.Openers
})

// topicIntro reports whether sentence s only says it is about the point
// its reference ends at end: a topic opener first, and after the point at
// most its document ("первоначального плана", "of the US draft").
func topicIntro(lx *lexicon, s string, end int) bool {
	low := lowerString(strings.TrimLeft(s, "*_ "))
	opens := false
	for _, o := range topicOpenerData() {
		if strings.HasPrefix(low, o) && (len(low) == len(o) || !isWordByte(low[len(o)])) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	after := strings.Fields(strings.TrimSpace(trimSentenceEnd(s[end:])))
	if len(after) == 0 {
		return true
	}
	if len(after) > 4 {
		return false
	}
	last := lowerString(strings.Trim(after[len(after)-1], ".,;:*_»”\""))
	return documentNoun(lx, last) || versionIn(strings.Join(after, " ")) != ""
}

// documentNoun reports whether a lower-case word is a document noun of
// plans.json, or one with a case ending of up to two letters
// ("документа", "Entwurfs", "planu").
func documentNoun(lx *lexicon, w string) bool {
	for cut := 0; cut <= 2 && w != ""; cut++ {
		if len(w) >= 4 && (lx.isProseNoun(w) || lx.proseNouns[w]) {
			return true
		}
		_, size := utf8.DecodeLastRuneInString(w)
		w = w[:len(w)-size]
	}
	return false
}

// isWordByte reports whether b continues a word: an ASCII letter or digit,
// or a byte of a multi-byte letter.
func isWordByte(b byte) bool {
	return b >= 0x80 || isASCIILetter(b) || isDigit(b)
}
