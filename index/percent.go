package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A share is written "90 %", "90%" or "90 per cent" in the reports and
// typed "90 percent" or "90%" in questions. The analyzers drop the sign,
// so "90 percent agreed" found only the texts that spell the word, and a
// French or German report writing "environ 90 % des points" matched one
// word of three and was turned away. The sign is read as the word: a
// text with a number before a per cent sign is indexed with "percent"
// after its text (withMeta; the word's translations reach it from the
// other languages), and a query's sign after a number is rewritten as
// the word (normalizeQuery).

// percentWord is what a per cent sign after a number stands for.
const percentWord = "percent"

// percentSigns are the per cent signs: ASCII, full-width and the small
// form (per mille is another quantity and is left alone).
var percentSigns = []rune{'%', '\uff05', '\ufe6a'}

// percentAt says whether the per cent sign whose byte offset in s is i
// follows a digit, directly or after one space of any width.
func percentAt(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if n > 0 && unicode.IsSpace(r) {
		r, _ = utf8.DecodeLastRuneInString(s[:i-n])
	}
	return unicode.IsDigit(r)
}

// percentForms returns percentWord when text writes a share with the
// sign, else nil.
func percentForms(text string) []string {
	for i, r := range text {
		if isPercentSign(r) && percentAt(text, i) {
			return []string{percentWord}
		}
	}
	return nil
}

// isPercentSign says whether r is one of percentSigns.
func isPercentSign(r rune) bool {
	for _, p := range percentSigns {
		if r == p {
			return true
		}
	}
	return false
}

// spellPercent rewrites every per cent sign of a query that follows a
// number as the word: "90%" is "90 percent". A query without a sign is
// returned as it is, without copying.
func spellPercent(q string) string {
	if !strings.ContainsFunc(q, isPercentSign) {
		return q
	}
	r := spanRewrite{src: q}
	for i, c := range q {
		if isPercentSign(c) && percentAt(q, i) {
			r.replace(i, i+utf8.RuneLen(c), " ", percentWord, " ")
		}
	}
	if !r.changed {
		return q
	}
	return strings.Join(strings.Fields(r.String()), " ")
}
