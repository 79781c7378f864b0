package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// withoutPointArticle drops the definite article that opens a bullet's
// point label in the Romance and Germanic languages ("El punto 7: …", "Il
// punto 3: …", "Der Punkt 5: …", "The point 2: …"), so that the label is
// read as "Punto 7: …" is. Only a point word, a number and a colon after
// the article count: "El punto de partida: …" keeps its article and is no
// label. s is returned as it is otherwise.
func withoutPointArticle(s string) string {
	art, rest, ok := strings.Cut(s, " ")
	if !ok || !lowerIn(definiteArticles, art) {
		return s
	}
	w, num, ok := strings.Cut(rest, " ")
	if !ok || !lowerIn(lexiconData().pointWords, w) {
		return s
	}
	d := 0
	for d < len(num) && d < 4 && isDigit(num[d]) {
		d++
	}
	if d == 0 || d >= len(num) || num[d] != ':' {
		return s
	}
	r, n := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[n:]
}
