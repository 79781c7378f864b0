// pointWordsIn read at word starts only (issue 12: extraction speed).
//
// A point word counts only where a word starts: pointWordsIn keeps an
// entry's match (the word less its first letter, "oint", "ункт") when the
// byte or two before it open the text or follow a space, a newline, a
// bracket or an opening quotation mark (wordStartAfter). pointMidScan
// nevertheless tested the byte pair at every position of every text, a
// seventh of the bytes Parse reads being read there. wordsAtStarts jumps
// from one word start to the next with one table look per byte and tests
// only the one or two positions after each start.
//
// The result is the same as long as no match the start-only reading skips
// could have kept a later one out: pointWordsIn never lets an entry's
// matches overlap, so a match in the middle of a word could in principle
// shadow one at the next word start. startsSafe admits the entries for
// which that cannot happen; for any other list wordsIn reads every pair
// as before.

package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// wordStartEnd marks the bytes that may end a rune wordStartAfter
// accepts: the ASCII ones themselves and the last bytes of „ (E2 80 9E),
// “ (E2 80 9C) and « (C2 AB).
var wordStartEnd = func() (t [256]bool) {
	for _, c := range []byte(" \n(\"'*") {
		t[c] = true
	}
	t[0x9E], t[0x9C], t[0xAB] = true, true, true
	return t
}()

// startAfter reports whether s[:p] ends with a rune wordStartAfter
// accepts, given that wordStartEnd holds s[p-1]: the same answer as
// wordStartAfter(s[:p]) without decoding.
func startAfter(s string, p int) bool {
	switch s[p-1] {
	case 0x9E, 0x9C: // „ “
		return p >= 3 && s[p-3] == 0xE2 && s[p-2] == 0x80
	case 0xAB: // «
		return p >= 2 && s[p-2] == 0xC2
	}
	return true
}

// startsSafe reports whether wordsAtStarts answers as wordsInPairs for
// every text with these entries. Each entry must be valid UTF-8 of two
// bytes or more (so a match begins on a rune and the pair index holds it),
// hold none of the runes after which a word starts (so no match can
// reach over a word start from inside the word before) nor any byte that
// ends a word (so both positions after a start give the same word), and
// not overlap
// itself one or two bytes on ("oo", "aba"): the positions after one word
// start are one or two bytes apart.
func startsSafe(mids []string) bool {
	for _, m := range mids {
		if len(m) < 2 || !utf8.ValidString(m) || containsAny(m, " \n(\"'*„“«,.:;") {
			return false
		}
		for k := 1; k <= 2 && k < len(m); k++ {
			if strings.HasPrefix(m, m[k:]) {
				return false
			}
		}
	}
	return true
}

// wordsAtStarts is wordsInPairs reading only the positions where a match
// can count: one byte after a word start, or two when the word opens
// with a two-byte letter.
func (ps *pointMidScan) wordsAtStarts(s string) []wordAt {
	var out []wordAt
	p := 0 // a word start: the text's opening, or after a rune wordStartAfter accepts
	for {
		// a match at p+1 counts when the byte at p is no continuation (its
		// word then starts at p); one at p+2 when the byte at p+1 is one
		if p+2 < len(s) {
			if p == 0 || s[p]&0xC0 != 0x80 {
				out = ps.hitsAt(s, p, p+1, out)
			}
			if s[p+1]&0xC0 == 0x80 && p+3 < len(s) {
				out = ps.hitsAt(s, p, p+2, out)
			}
		}
		q := p
		for {
			for q < len(s) && !wordStartEnd[s[q]] {
				q++
			}
			if q >= len(s) {
				return sortedWords(out)
			}
			q++
			if startAfter(s, q) {
				break
			}
		}
		p = q
	}
}

// hitsAt appends the point word starting at ws when an entry matches at
// at, as wordsInPairs's hit does; at+1 < len(s).
func (ps *pointMidScan) hitsAt(s string, ws, at int, out []wordAt) []wordAt {
	for _, j := range ps.at(s, at) {
		if !strings.HasPrefix(s[at:], ps.mids[j]) {
			continue
		}
		out = appendPointWord(out, s, ws, at)
	}
	return out
}

// sortedWords orders point words by their start and drops repeats, as
// wordsInPairs does.
func sortedWords(out []wordAt) []wordAt {
	slices.SortFunc(out, func(a, b wordAt) int { return a.start - b.start })
	return slices.CompactFunc(out, func(a, b wordAt) bool { return a.start == b.start })
}
