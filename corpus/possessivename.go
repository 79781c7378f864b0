// A titled name in the possessive. "the deadline President Jo Hart's
// office set", "Governor Tim Reed's aides met": the person is named with
// their title as much as in "Governor Tim Reed met", but the name reader
// stops at a possessive word (it is the owner of what follows, not part
// of a speaker's name), so the title was never noted. The mention is read
// on the name without its possessive ending, the English "'s" ("’s").

package corpus

import "strings"

// possessiveNameOff disables the reading, for the test that shows each of
// its cases needs it.
var possessiveNameOff bool

// withoutPossessive returns toks with the possessive ending of toks[last]
// cut off, in a copy, or toks itself and false when the word has none.
func withoutPossessive(toks []tok, last int) ([]tok, bool) {
	if possessiveNameOff {
		return toks, false
	}
	w := toks[last].word
	for _, end := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(w, end); ok && len(base) > 1 && isCapital(base) {
			out := append([]tok(nil), toks...)
			t := &out[last]
			t.raw = strings.Replace(t.raw, w, base, 1)
			t.word, t.low = base, lowerString(base)
			return out, true
		}
	}
	return toks, false
}
