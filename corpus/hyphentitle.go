package corpus

import "strings"

// A title is often modified by a hyphenated compound whose first part is
// itself a title word: "Putin's foreign-policy aide Yuri Ushakov", "the
// defence-procurement chief", "the press-office head". The title words
// are listed one by one (roles.json), and a hyphenated word counted as a
// title only when its last part is one ("ex-ambassador", "CDU-
// Abgeordnete"), so the modifier ended the title and "aide" was all that
// was kept of it. A lower-case hyphenated word whose first part is a title
// word is read as part of the title, whatever the language: the title
// words themselves are data, so this needs none of its own.

// hyphenTitle reports whether a lower-case word is a hyphenated compound
// opening with a title word.
func (x *extractor) hyphenTitle(t tok) bool {
	i := strings.IndexByte(t.low, '-')
	if i <= 0 || i == len(t.low)-1 || isCapital(t.word) {
		return false
	}
	return x.lx.isRole(t.low[:i])
}
