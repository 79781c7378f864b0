package corpus

// summaryBullet reads an unnumbered list item that is not a line of
// dialogue as sentences of its own: a summary printed as bullets ("— Путин
// сказал, что …", "- The minister added that …", "• Selon lui, …") holds
// attributed speech in its prose, the bullet mark being only layout. It
// reports whether the item gave a statement.
func (x *extractor) summaryBullet(p paragraph) bool {
	if len(p.text) > maxBulletLen && p.number == 0 || !x.bulletSpeaks(p.text) {
		// a bullet running on for paragraphs is a list that swallowed the
		// text after it; a point of a plan or a factbox line has no verb of
		// saying, nothing to read but who it names with a title. A
		// numbered item is read whatever its length: an exam ticket's
		// "1. … Краткий ответ: …", a worked exercise's "(1) Ginebra, …"
		// or a numbered story runs to several sentences of the writer's
		// prose (set ZS), and no one reads it as paragraphs of its own
		if len(p.text) <= maxBulletLen {
			x.itemMentions(p) // "1. …, the deadline that President X had set" (itemmentions.go)
		}
		return false
	}
	before := len(x.out)
	for _, s := range sentences(p.text) {
		x.sentence(s, p.index)
	}
	if len(x.out) == before && p.dash {
		// "– A tűzszünet csak az első lépés – mondta X.": a line of
		// dialogue whose verb the lexicon does not know
		x.quoteFallback("– "+p.text, p.index, before)
	}
	return len(x.out) > before
}

// bulletSpeaks reports whether a bullet holds a word that reports speech
// (a verb of saying or an act of speech, "according to", a view
// phrase's word) or a
// quotation mark: only such a bullet is read as prose. The points of a
// plan, printed as bullets far more often than speech is, use act verbs
// ("guarantees", "confirms") and are left to the provision rules.
func (x *extractor) bulletSpeaks(s string) bool {
	if containsAny(s, "“”«»„\"") || opensAccordingPhrase(s) {
		return true // opensAccordingPhrase: "- D'après X, …", "- De acordo com X, …" (accordingphrase.go)
	}
	var lb [64]byte
	according := false
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		i = next
		if len(w) > len(lb) {
			continue
		}
		b := appendLower(lb[:0], w)
		if x.lx.sayVerbs[string(b)] || x.lx.actVerbs[string(b)] || x.lx.according[string(b)] || x.lx.viewCues[string(b)] || x.lx.sayVerbs[readAsWords[x.src.Lang][string(b)]] {
			return true
		}
		if according && string(b) == "to" {
			return true // "- According to X, …": the English cue is two words, neither in the one-word lexicon
		}
		according = string(b) == "according"
	}
	return false
}

// maxBulletLen is the longest bullet, in bytes, read as a summary's
// prose: a summary bullet holds a sentence or three, and a longer "item"
// is text a list ran on into (read as its own paragraphs where the layout
// allows), not worth reading twice.
const maxBulletLen = 600

// lonePronoun reports whether a subject is one personal pronoun: a pronoun
// takes no appositive role, so what follows its comma ("С российской
// стороны, уточнил он, в контактах будут участвовать помощник президента …")
// is more of what was said, even when it names a title.
func lonePronoun(subject []tok) bool {
	return len(subject) == 1 && pronounGender[lowerWord(subject[0])] != ""
}
