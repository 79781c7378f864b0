// Plan phrases start words. A version's name is matched as a phrase in the
// lower-cased text; a phrase found inside a longer word names nothing: the
// Czech "dvacetibodov" (20-point) stands inside "osmadvacetibodový"
// (28-point), "28 points" inside "128 points". In the cased scripts and
// after a digit, a phrase counts only where a word starts. The scripts
// that write no spaces between words (Chinese, Japanese) and those that
// glue prepositions and conjunctions onto the next word (Arabic "والخطة",
// Hebrew "והתוכנית") have no such start to find, and are matched as before.

package corpus

import (
	"unicode"
	"unicode/utf8"
)

// phraseStartsWord reports whether a plan phrase found at low[i:] starts a
// word: low opens there, or the rune before is neither a digit nor a letter
// of a script with letter case.
func phraseStartsWord(low string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(low[:i])
	if unicode.IsDigit(r) {
		return false
	}
	return !unicode.IsLetter(r) || unicode.ToUpper(r) == unicode.ToLower(r)
}

// midASCIIWord reports whether low[i-1] (i > 0) is an ASCII letter or
// digit, so that phraseStartsWord(low, i) is false: a cheap test the scans
// for plan phrases ask first at every position.
func midASCIIWord(low string, i int) bool {
	c := low[i-1]
	return c < utf8.RuneSelf && (isASCIILetter(c) || isDigit(c))
}
