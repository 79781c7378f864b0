package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// continuesPoint reports whether the last provision read is a numbered
// point of plan given in the same paragraph (at position pos), so that a
// conditional sentence right after it goes on with its terms rather than
// standing as a term of its own.
func continuesPoint(out []Provision, plan string, pos int) bool {
	if len(out) == 0 {
		return false
	}
	last := out[len(out)-1]
	return last.Number > 0 && last.Plan == plan && last.Position == pos
}

// joinTerms appends a sentence to a point's terms, the sentence ended as
// the terms were cut.
func joinTerms(terms, sentence string) string {
	if strings.HasSuffix(terms, ".") || strings.HasSuffix(terms, "!") {
		return terms + " " + sentence
	}
	return terms + ". " + sentence
}

// opensWithSamePoint reports whether a sentence opens by naming the point
// just given again ("The same point goes further: …", "Lo stesso punto
// prevede inoltre …"): what it sets out belongs to that point.
func opensWithSamePoint(lx *lexicon, s string) bool {
	if len(s) < 8 {
		return false
	}
	head := lowerString(s[:min(len(s), 48)])
	for _, o := range lx.samePoint {
		if strings.HasPrefix(head, o) {
			return true
		}
	}
	return false
}

// dropSpeechAside removes the attribution someone reading a document out
// puts between a point and what it provides ("Point 11, Zelensky said,
// confirms that …", "Il punto 4, ha spiegato il ministro, prevede …"): the
// sentence still gives the point's terms, in the document's words. Any
// other sentence is returned as it is.
func dropSpeechAside(lx *lexicon, s string) string {
	_, end, ok := pointRefEnd(s)
	if !ok || end > 24 || !strings.HasPrefix(s[end:], ", ") {
		return s
	}
	rest := s[end+2:]
	i := strings.Index(rest, ", ")
	if i <= 0 || strings.Count(rest[:i], " ") > 4 {
		return s
	}
	aside, after := rest[:i], rest[i+2:]
	if after == "" || !attributesSpeech(lx, aside) && !attributesSpeech(lx, ", "+aside) {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) || isOpenQuote(r) {
		return s // "Point 11, Zelensky said, "is a red line"": his words
	}
	return s[:end] + " " + after
}
