package corpus

import "strings"

// unnamedOpenerWords bounds how far after the indefinite article the
// unnamed noun of an opening subject may stand ("A senior European
// official briefed on the talks …").
const unnamedOpenerWords = 4

// unnamedOpenedBefore reports whether the sentence before, in the same
// paragraph, opens with an indefinite article and, within a few words,
// the noun that closes role ("A European official briefed on the talks
// put it more bluntly. The Americans, the official said, …"): "the
// official" then means the source that sentence introduced without
// quoting it, not the last person quoted. role is the definite phrase as
// written ("the official").
func (x *extractor) unnamedOpenedBefore(role string) bool {
	if x.prevSentence == "" || x.prevSentencePara != x.pos || x.prevSentenceNo != x.sentenceNo-1 {
		return false
	}
	if w0 := firstField(x.prevSentence); len(w0) > 5 || !lowerIn(x.lx.indefinites, w0) {
		return false // (nearly every sentence: its first word tells, before any is split; fieldcount.go)
	}
	f := strings.Fields(lowerString(role))
	if len(f) == 0 {
		return false
	}
	noun := f[len(f)-1]
	w := strings.Fields(x.prevSentence)
	if len(w) < 3 || !lowerIn(x.lx.indefinites, w[0]) || len(w[0]) > 5 {
		return false
	}
	for i := 1; i < len(w) && i <= unnamedOpenerWords; i++ {
		l := lowerString(strings.Trim(w[i], ",.;:"))
		if l == noun && x.lx.isUnnamed(l) {
			return true
		}
		if containsAny(w[i], ",.;:") {
			return false
		}
	}
	return false
}
