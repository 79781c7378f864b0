package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dottedInitials reads a speaker label written as dotted initials ("H. V.",
// "H.V.", "J.-P. M.") as its capitals ("HV", "JPM"). French, Italian and
// Spanish print interviews name the guest in full in the first label and
// by dotted initials after it; without this the label is read as a name
// of its own ("H V") and the guest's answers lose their name and title.
// Only labels of two to four single capitals, each followed by a dot,
// count: "U.S." and "EU" are no one's initials here, since the name the
// capitals stand for must still be found in the introduction
// (initialsName).
func dottedInitials(label string) (string, bool) {
	var b strings.Builder
	n := 0
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == ' ' || r == '-' || r == '\u00a0' }) {
		if !strings.HasSuffix(w, ".") {
			return "", false
		}
		for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
			r, size := utf8.DecodeRuneInString(part)
			if size == 0 || size != len(part) || !unicode.IsUpper(r) {
				return "", false
			}
			b.WriteRune(r)
			n++
		}
	}
	if n < 2 || n > 4 {
		return "", false
	}
	return b.String(), true
}
