package corpus

// summaryBullet reads an unnumbered list item that is not a line of
// dialogue as sentences of its own: a summary printed as bullets ("— Путин
// сказал, что …", "- The minister added that …", "• Selon lui, …") holds
// attributed speech in its prose, the bullet mark being only layout. It
// reports whether the item gave a statement.
func (x *extractor) summaryBullet(p paragraph) bool {
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

// lonePronoun reports whether a subject is one personal pronoun: a pronoun
// takes no appositive role, so what follows its comma ("С российской
// стороны, уточнил он, в контактах будут участвовать помощник президента …")
// is more of what was said, even when it names a title.
func lonePronoun(subject []tok) bool {
	return len(subject) == 1 && pronounGender[lowerWord(subject[0])] != ""
}
