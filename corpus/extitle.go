package corpus

// exTitleWord reports whether w is a title word of roleWords, or one
// with the Romance prefix of a former holder closed up before it
// ("exdiplomática", "exembajadora", "expresidente", "exministro"), as
// isRole already reads a lower-case word. The look-ups that scan a
// sentence for a title (mentions, the role memory) asked roleWords
// alone, so "la exdiplomática Carmen Olabarría" named her without her
// title.
func (lx *lexicon) exTitleWord(w string) bool {
	if foldedIn(lx.roleWords, lx.roleSet, w) {
		return true
	}
	if len(w) > 6 && (w[0] == 'e' || w[0] == 'E') && w[1] == 'x' {
		return foldedIn(lx.roleWords, lx.roleSet, w[2:])
	}
	return false
}
