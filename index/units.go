package index

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Questions, like headlines, glue a unit to its number ("eu 90bn loan",
// "20pt plan", "presenters told not to call 28pt a deal"), while the texts
// mostly write it out ("€90 billion", "the 20-point plan", "90 Milliarden").
// The analyzers keep "90bn" as one word that only the few texts writing it
// the same way hold, and the glossary cannot translate it, so a question
// typed so misses every other text, in every language. The glued unit is
// spelt out as its word, in the query (spellUnits) and as words indexed
// after a text that glues it (unitForms, see withMeta), as percent.go does
// for "90%".

// unitData lists the glued units and their words (unitwords.txt).
//
//go:embed unitwords.txt
var unitData string

// unitWords maps a glued unit, lower case, to the word it stands for.
var unitWords = func() map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(unitData, "\n") {
		f := strings.Fields(l)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) != 2 {
			panic("unitwords.txt: want \"abbreviation word\": " + l)
		}
		m[f[0]] = f[1]
	}
	return m
}()

// eachUnit calls fn for each number of text with a unit glued to it: the
// byte span of the number, where the unit ends, and the unit's word. A
// number is digits with inner points or commas ("1.5bn"), not inside a
// word ("g20pt"), and the unit ends the word ("20pts", not "20ptx").
func eachUnit(text string, fn func(start, end, unitEnd int, word string)) {
	i := 0
	for i < len(text) {
		c := text[i]
		if c < '0' || c > '9' || inWord(text, i) {
			i++
			continue
		}
		start, end := i, i
		for end < len(text) && (isDigitByte(text[end]) ||
			(text[end] == '.' || text[end] == ',') && end+1 < len(text) && isDigitByte(text[end+1])) {
			end++
		}
		k := end
		for k < len(text) && isASCIILetter(text[k]) {
			k++
		}
		i = max(k, end)
		if k == end || k-end > 3 || (k < len(text) && (isDigitByte(text[k]) || text[k] >= 0x80)) {
			continue
		}
		var low [3]byte // the unit in lower case, without allocating
		for j := end; j < k; j++ {
			low[j-end] = text[j] | 0x20
		}
		if w, ok := unitWords[string(low[:k-end])]; ok {
			fn(start, end, k, w)
		}
	}
}

// spellUnits rewrites every glued unit of a query as its word after the
// number: "90bn loan" is "90 billion loan". A query without one is
// returned as it is, without copying.
func spellUnits(q string) string {
	r := spanRewrite{src: q}
	eachUnit(q, func(_, end, unitEnd int, word string) {
		r.replace(end, unitEnd, " ", word)
	})
	return r.String()
}

// unitForms returns, for each number of text with a glued unit, the number
// and the unit's word ("90 billion" for "€90bn"), without repeats, so a
// question writing either form finds the text.
func unitForms(text string) []string {
	var out []string
	eachUnit(text, func(start, end, _ int, word string) {
		f := text[start:end] + " " + word
		for _, o := range out {
			if o == f {
				return
			}
		}
		out = append(out, f)
	})
	return out
}

// isDigitByte says whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isASCIILetter says whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// inWord says whether the byte at i follows a letter or digit, so that a
// number starting there would sit inside a word ("g20pt", "€90bn" does not).
func inWord(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
