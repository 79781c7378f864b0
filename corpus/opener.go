package corpus

import "strings"

// The subject a pronoun means. "Hours before the envoys arrived, Putin
// had sharpened his tone towards the Europeans, whom he accused of …":
// the sentence is about Putin, and "he" inside it is Putin, not whoever
// was quoted last. Likewise "Putin had used a speech to lash out at
// European governments. Russia was not planning to fight Europe, he
// said": "he" is the subject of the sentence before.

// maxIntroWords bounds the introductory phrase skipped before a
// sentence's subject ("Hours before receiving the American envoys,").
const maxIntroWords = 8

// noteSubject remembers the known person a sentence is about (noteOpener),
// also when an introductory phrase set off by a comma comes before them.
func (x *extractor) noteSubject(s string) {
	x.noteOpener(s)
	if x.openedAt == x.sentenceNo && x.openedBy != nil {
		return
	}
	if x.lexiconOpener(s) {
		return // "Lavrov went further, he said …": a surname the lexicon knows
	}
	i := strings.Index(s, ", ")
	if i <= 0 || i > maxIntroLen || strings.ContainsAny(s[:i], "“”\"«»„:;") || strings.Count(s[:i], " ") >= maxIntroWords {
		return
	}
	rest := s[i+2:]
	w, _ := nextWord(rest, 0)
	if w == "" || !isCapital(w) || !x.knownWord(w) {
		return // only a name the document or the lexicon knows opens the sentence after the intro
	}
	x.noteOpener(rest)
	if x.openedAt != x.sentenceNo {
		x.lexiconOpener(rest)
	}
}

// knownWord reports whether a word is a name the document has used or a
// person the lexicon knows, looked up without allocating.
func (x *extractor) knownWord(w string) bool {
	if len(w) > 32 {
		return false
	}
	var lb [64]byte // the look-up key on the stack
	k := appendLower(lb[:0], w)
	if _, ok := x.short[string(k)]; ok {
		return true
	}
	_, ok := x.lx.people[string(k)]
	return ok
}

// maxIntroLen bounds, in bytes, the introductory phrase noteSubject skips.
const maxIntroLen = 80

// lexiconOpener remembers a sentence's first word as its subject when it
// is a known person's one-word name ("Lavrov", "Peskov") that the
// document has not yet used (noteOpener knows the names it has seen).
func (x *extractor) lexiconOpener(s string) bool {
	w, _ := nextWord(s, 0)
	if w == "" || !isCapital(w) || len(w) > 32 {
		return false
	}
	var lb [64]byte // the look-up key on the stack
	if _, ok := x.lx.people[string(appendLower(lb[:0], w))]; !ok {
		return false // (a name the document has used is noteOpener's)
	}
	if sp := x.person([]string{w}, ""); sp != nil && sp.kind == kindPerson {
		x.openedBy, x.openedAt = sp, x.sentenceNo
		return true
	}
	return false
}

// pronounInSentence is who "he" or "she" means inside the sentence being
// read, after its subject: the known person the sentence opened with, if
// the pronoun's gender fits. nil when the pronoun opens the sentence or
// the sentence opened with nobody known.
func (x *extractor) pronounInSentence(want string, sentenceStart bool) *speaker {
	if sentenceStart || x.openedBy == nil || x.openedAt != x.sentenceNo || x.openedBy.kind != kindPerson {
		return nil
	}
	if sp := x.openedBy; sp.gender == "" || want == "" || sp.gender == want {
		return learnGender(sp, want)
	}
	return nil
}
