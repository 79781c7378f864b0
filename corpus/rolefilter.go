package corpus

// inRoleWords is lx.roleWords[l], asking roleSet first: most words a
// subject is read for are no title, and the filter answers them without
// hashing the word.
func (lx *lexicon) inRoleWords(l string) bool {
	if lx.roleSet != nil && !lx.roleSet.has(wordKey(l)) {
		return false
	}
	return lx.roleWords[l]
}
