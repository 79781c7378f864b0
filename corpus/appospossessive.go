// An apposition whose title is owned by an institution or a country:
// "Kaja Kallas, the EU's foreign policy chief, …", "Yuri Ushakov, the
// Kremlin's foreign policy aide, …". The role memory (docroles.go) read a
// definite apposition only when a title word follows the article, so the
// possessive hid the title and the person's statements went without it.

package corpus

import "strings"

// possessiveTitle reports whether toks[k] is a capitalised possessive
// ("EU's", "Kremlin’s") followed, within three words and before any
// punctuation, by a title word.
func (x *extractor) possessiveTitle(toks []tok, k int) bool {
	if k >= len(toks)-1 || toks[k].trail != "" {
		return false
	}
	base, ok := strings.CutSuffix(strings.ReplaceAll(toks[k].word, "’", "'"), "'s")
	if !ok || !isCapital(base) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if x.lx.isRole(lowerWord(toks[j])) {
			return true
		}
		if toks[j].trail != "" {
			break
		}
	}
	return false
}
