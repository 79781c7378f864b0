package corpus

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lowerTable holds unicode.ToLower for every rune below lowerTableLen:
// Latin-1, Latin Extended-A and -B, Greek and Cyrillic, the scripts of
// the corpus's languages. appendLower and lowerIsFold run on every word
// of a text in another script; unicode.ToLower searches the case ranges
// for each rune, a table index answers at once.
var lowerTable = func() (t [lowerTableLen]rune) {
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return t
}()

const lowerTableLen = 0x530

// toLowerRune is unicode.ToLower, from lowerTable when it holds r.
func toLowerRune(r rune) rune {
	if r >= 0 && r < lowerTableLen {
		return lowerTable[r]
	}
	return unicode.ToLower(r)
}

// lowerString is strings.ToLower(s), the runes of other scripts lowered
// through lowerTable; like it, it returns s itself when nothing changes.
func lowerString(s string) string {
	if isASCII(s) {
		return lowerASCIIWide(s) // strings.ToLower's result, eight bytes a step (swar.go)
	}
	if lowerIsFold(s) && !hasASCIIUpper(s) {
		return s
	}
	b := appendLower(make([]byte, 0, len(s)+utf8.UTFMax), s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerEach puts every word of ws in lower case in place: the word lists
// read from data files are compared with lower-cased text.
func lowerEach(ws []string) {
	for k, w := range ws {
		ws[k] = lowerString(w)
	}
}

// lowerIn is m[lowerString(s)] without the lowered copy: s is lowered
// into a buffer on the stack and the map is asked with its bytes, which
// Go does without making a string. Rules ask their word lists so for
// nearly every word they read, and the copy was one allocation per
// capitalised word.
func lowerIn[V any](m map[string]V, s string) V {
	var buf [64]byte
	return m[string(appendLower(buf[:0], s))]
}

// lowerIn2 is lowerIn with the comma-ok result, v, ok := m[lowerString(s)].
func lowerIn2[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	v, ok := m[string(appendLower(buf[:0], s))]
	return v, ok
}
