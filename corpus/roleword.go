package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleHoldsWord reports whether a title holds phrase (lower case) as whole
// words: "помощник президента РФ" holds "помощник" but not "президент",
// whose letters run on into the genitive "президента" of the complement.
// An aide to the president is not who "— предупредил президент" means;
// with a plain substring test the aide took the president's words.
func roleHoldsWord(role, phrase string) bool {
	r := lowerString(role)
	for from := 0; from <= len(r); {
		i := strings.Index(r[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(r[:i])
		after, _ := utf8.DecodeRuneInString(r[end:])
		if (i == 0 || !unicode.IsLetter(before)) && (end == len(r) || !unicode.IsLetter(after)) {
			return true
		}
		from = i + 1
	}
	return false
}
