// A time or place phrase between a relative pronoun and its speech verb:
// "Friedrich Merz, der in Johannesburg erklärt hatte, ein Krieg könne …",
// "Marta Vitale, who on Sunday said the text …". relspeech.go reads the
// verb within three words of the pronoun; news puts where and when the
// words were said in that place, so the phrase is skipped as gaps.go skips
// it between a speaker and a verb: it opens with a gap opener, holds no
// punctuation and is at most maxGap words long.

package corpus

import "strings"

// relativeGapVerb looks for a speech verb after a gap phrase opening at
// byte at of s, and returns the index just after the verb, or after the
// auxiliary right behind it ("erklärt hatte,"), and whether it found one.
func (x *extractor) relativeGapVerb(s string, at int) (int, bool) {
	w, next := nextWord(s, at)
	if w == "" || punctAfter(s, next) || !gapOpener(tok{raw: w, word: w, low: lowerString(w)}) {
		return 0, false
	}
	for n := 0; n < maxGap; n++ {
		w, next = nextWord(s, next)
		l := lowerString(w)
		if w == "" {
			return 0, false
		}
		if x.isSpeechWord(l) {
			if punctAfter(s, next) {
				return next, true
			}
			if a, after := nextWord(s, next); lowerIn(x.lx.auxiliaries, a) && punctAfter(s, after) {
				return after, true // "erklärt hatte, …"
			}
			return next, true
		}
		if x.lx.auxiliaries[l] && !punctAfter(s, next) {
			if v, _ := nextWord(s, next); x.isSpeechWord(lowerString(v)) {
				continue // "che nel pomeriggio ha detto": the auxiliary of the verb
			}
			return 0, false
		}
		if punctAfter(s, next) || x.lx.thatWords[l] {
			return 0, false // a clause of its own, not a phrase of time or place
		}
	}
	return 0, false
}

// punctAfter reports whether a comma, semicolon, colon or full stop
// follows the word ending at byte i of s.
func punctAfter(s string, i int) bool {
	return i < len(s) && strings.IndexByte(",;:.", s[i]) >= 0
}
