package corpus

import "unicode/utf8"

// comitativeCoordinate reports whether the subject phrase toks[st:j+1] is
// the second of two people named after "with": "по итогам встречи с
// С. Уиткоффом и Дж. Кушнером сообщил", "після зустрічі з Віткоффом і
// Кушнером заявив", "po rozmowie z Rubio i Witkoffem powiedział". Only
// the first name stands right after the preposition, so the check on the
// word before the phrase missed the second and the other party got the
// words (stop 56, xspk2). The phrase's last word must bear the
// language's comitative ending (namecases.json), so "после встречи с
// Уиткоффом Ушаков и Песков заявили" still names its speakers.
func (x *extractor) comitativeCoordinate(toks []tok, st, j int) bool {
	c := st - 1
	for c > 0 && initialLike(toks[c]) {
		c-- // "и Дж. Кушнером": the initials before the surname
	}
	if c < 2 || j < st || toks[c].trail != "" || !x.lx.conjunctions[lowerWord(toks[c])] || comitativeParty(x.src.Lang, toks[j:j+1]) != 1 {
		return false
	}
	for i := c - 1; i >= 0 && i >= c-6; i-- {
		if toks[i].trail != "" && toks[i].trail != "," && !initialLike(toks[i]) {
			return false
		}
		if x.comitativeWord(toks[i]) {
			return true
		}
	}
	return false
}

// initialLike reports whether t is an initial and its point: "С.", and
// the Cyrillic digraph "Дж." (abbreviations in text.go), so that a walk
// over a name written with initials does not stop at their points.
func initialLike(t tok) bool {
	return t.trail == "." && isCapital(t.word) && utf8.RuneCountInString(t.word) <= 2 && len(t.raw) == len(t.word)+1
}
