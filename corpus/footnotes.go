package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// footnoteAfter returns how many bytes of footnote markers follow a
// sentence end at s[i:]: reference marks in brackets ("[5]", "[a]",
// "[nota 3]"), wiki maintenance tags ("{{citation needed}}", "{{carece de
// fontes}}") and superscript digits ("¹²"). Encyclopedia entries, think-tank
// notes and annotated reprints put them right after the full stop
// ("… with Moscow.[6] The president …"), so without skipping them the
// sentence never ends there and the next sentence's speaker is read as part
// of the last one's words. It returns 0 when no marker follows.
func footnoteAfter(s string, i int) int {
	j := i
	for j < len(s) {
		switch {
		case s[j] == '[':
			end := strings.IndexByte(s[j:], ']')
			if end <= 1 || end > 12 || !strings.ContainsFunc(s[j+1:j+end], unicode.IsDigit) && end > 3 || strings.ContainsFunc(s[j+1:j+end], notMarkRune) {
				return j - i // no reference mark: "[…]" or a bracketed aside
			}
			j += end + 1
		case j+1 < len(s) && s[j] == '{' && s[j+1] == '{':
			end := j + 2
			for end+1 < len(s) && !(s[end] == '}' && s[end+1] == '}') && end-j < 60 {
				end++
			}
			if end+1 >= len(s) || s[end] != '}' || s[end+1] != '}' {
				return j - i
			}
			j = end + 2
		default:
			r, n := utf8.DecodeRuneInString(s[j:])
			if !superscriptDigit(r) {
				return j - i
			}
			j += n
		}
	}
	return j - i
}

// superscriptDigit reports whether r is a superscript digit, the mark of a
// footnote in typeset text.
func superscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r == '⁰' || r >= '⁴' && r <= '⁹'
}

// holdsSuperscriptDigit is strings.ContainsFunc(s, superscriptDigit)
// read by bytes rather than by decoded runes: ¹ ² ³ are C2 B9, C2 B2, C2 B3
// and ⁰ ⁴-⁹ are E2 81 B0, E2 81 B4-B9, and since neither C2 nor E2 can
// continue a rune, such bytes are that rune wherever they stand, even
// after broken UTF-8. Every body is asked (holdFootnotes), and hardly any
// holds one.
func holdsSuperscriptDigit(s string) bool {
	for t := s; ; {
		i := strings.IndexByte(t, 0xC2)
		if i < 0 || i+1 >= len(t) {
			break
		}
		if b := t[i+1]; b == 0xB9 || b == 0xB2 || b == 0xB3 {
			return true
		}
		t = t[i+1:]
	}
	for t := s; ; {
		i := strings.Index(t, "\xe2\x81")
		if i < 0 || i+2 >= len(t) {
			return false
		}
		if b := t[i+2]; b == 0xB0 || b >= 0xB4 && b <= 0xB9 {
			return true
		}
		t = t[i+2:]
	}
}

// notMarkRune reports whether r cannot stand in a reference mark, which
// holds letters, digits and spaces only ("[6]", "[a]", "[nota 3]"): "[…]"
// marks a cut, not a footnote.
func notMarkRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' '
}
