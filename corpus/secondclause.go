package corpus

import "strings"

// "Ushakov told journalists the talks had been useful, while stressing
// that a compromise had not been found": the clause after "while" has no
// subject of its own, its speech participle is the same speaker's.

// whileParticiple reads a sentence cut at ", while " (at byte i) whose
// second half opens with a speech participle: the first half is read as
// any sentence, and what the participle introduces is a second statement
// of whoever the first half gave one to. It reports whether it did so.
func (x *extractor) whileParticiple(s string, i, pos int) bool {
	rest := s[i+len(", while "):]
	w, next := nextWord(rest, 0)
	if lowerIn(x.lx.adverbs, w) {
		w, next = nextWord(rest, next) // "while also stressing"
	}
	if w == "" || !lowerIn(x.lx.participles, w) {
		return false
	}
	before := len(x.out)
	x.sentence(s[:i], pos)
	if len(x.out) == before {
		return true // the first half gave nothing: neither does the second
	}
	sp := x.lastSpeaker
	text := strings.TrimSpace(rest[next:])
	if t, ok := strings.CutPrefix(text, "that "); ok {
		text = t
	}
	if q, ok := wholeQuote(text); ok {
		x.emit(sp, q, true, pos)
		return true
	}
	x.emit(sp, trimSentenceEnd(text), false, pos)
	return true
}
