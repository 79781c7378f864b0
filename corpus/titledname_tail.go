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
	if n < 4 || !isCapital(words[n-1]) || !isCapital(words[n-2]) || isCapital(words[n-3]) {
		return false
	}
	if x.lx.isRole(lows[n-1]) || x.lx.isRole(lows[n-2]) || x.isBackRef(lows[n-1]) || x.isBackRef(lows[n-2]) {
		return false
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
