package corpus

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// Many rules split a text into words (strings.Fields) only to learn that
// it has too few or too many, or that its first word is not one they
// look for, and give up: a slice of every word of every sentence, made
// and thrown away. fieldCount and firstField answer those two questions
// without it, splitting exactly where strings.Fields splits (at
// unicode.IsSpace; a byte that is not UTF-8 is no space), so that a rule
// can ask them first and split only a text it will read.

// fieldCount is len(strings.Fields(s)).
func fieldCount(s string) int {
	return fieldCountMax(s, math.MaxInt)
}

// fieldCountMax is fieldCount(s) when that is at most max, and max+1
// otherwise: it stops at the word past max. The rules that count words
// only ask whether a text is short, and most texts are long sentences.
func fieldCountMax(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if space {
			in = false
		} else if !in {
			if n == max {
				return max + 1
			}
			in = true
			n++
		}
		i += size
	}
	return n
}

// firstField is strings.Fields(s)[0], "" when s has no word.
func firstField(s string) string {
	start := -1
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		switch {
		case space && start >= 0:
			return s[start:i]
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// spaceAt reports whether the rune at s[i] is a space, as strings.Fields
// splits, and its size in bytes: ASCII by table, the rest by unicode.IsSpace.
func spaceAt(s string, i int) (space bool, size int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// asciiSpace marks the ASCII bytes unicode.IsSpace calls space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
