package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// elidedCapital reports whether a word is an elided definite article and
// a capitalised noun: "l'État", "l'Élysée", "l’Union". In a subject read
// after the verb ("a insisté le chef de l'État", "a précisé le porte-parole
// de l'Élysée") such a word goes on with the title's complement, or is
// the institution itself; cut there, the title was left as "chef de" and
// no office was found for it.
func elidedCapital(w string) bool {
	for _, p := range []string{"l'", "l’", "L'", "L’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}
