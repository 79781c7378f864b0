package corpus

// unknownNameClosesTitle reports whether a title phrase read as a title alone
// ends in the name of its holder, a name the lexicon does not know: "il
// capo di stato maggiore Andrii Hnatov", "first deputy foreign minister
// Anna Kovalenko". Read as a bare title, the phrase would be matched
// against the people already speaking ("the chief of staff said" after
// the guest spoke) and its whole text, name included, given to one of
// them as their title: the guest of a podcast became "capo di stato
// maggiore Andrii Hnatov" (set ZJ). The two closing capitalised words
// are a name when neither is a title word and the word before them is a
// lower-case word that is no preposition or article: "Minister of Foreign
// Affairs" and "ministro degli Affari Esteri" keep their capitalised
// complement, which follows its preposition.
func (x *extractor) unknownNameClosesTitle(words, lows []string) bool {
	n := len(words)
	if n < 4 || !isCapital(words[n-1]) || !isCapital(words[n-2]) {
		return false
	}
	if x.lx.isRole(lows[n-1]) || x.lx.isRole(lows[n-2]) || x.isBackRef(lows[n-1]) || x.isBackRef(lows[n-2]) {
		return false
	}
	if isCapital(words[n-3]) {
		return x.bodyComplementThenName(words, lows)
	}
	if complementPreps[lows[n-3]] || titlePreps[lows[n-3]] || placePreps[lows[n-3]] || roleArticles[lows[n-3]] {
		return false
	}
	for _, l := range lows[:n-2] {
		if x.lx.isRole(l) {
			return true // a title stands before the name
		}
	}
	return false
}

// bodyComplementThenName reports whether a title phrase ends in a
// complement of one capitalised body word and then a two-word name: "il
// consigliere del Cremlino Jurij Ušakov", "il portavoce del Cremlino
// Dmitrij Peskov", "la presidente del Consiglio Giorgia Meloni". The
// capitalised body kept unknownNameClosesTitle from reading the name, the
// phrase went to byRole as a bare title and the person spoken of before
// got the words (sets ZR, ZT, ZU). The body word must head an
// institution's name (institutions.json: "Cremlino", "Consiglio",
// "Ministerio") and follow a preposition right after a title word, so
// "ministro degli Esteri Mario Rossi" or "il presidente del Consiglio
// Europeo" are left as they were. The caller has already made sure the
// name's two words are no title and point back to nobody.
func (x *extractor) bodyComplementThenName(words, lows []string) bool {
	n := len(words)
	return n >= 5 && complementPreps[lows[n-4]] && x.lx.isRole(lows[n-5]) && institutionData().isHead(words[n-3]) && !institutionData().isHead(words[n-2])
}
