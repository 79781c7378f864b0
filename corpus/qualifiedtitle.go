package corpus

// qualifiedTitle reports whether the words toks[first:name] before a name
// set off by commas are a title that opens with its qualifier rather than
// its title word: a possessive or an adjective, then the title ("Ukraine's
// ambassador to Washington, Olga Stefanishyna, …", "Britain's foreign
// secretary, …", "L'ex ambasciatore, …"). The title word must come within
// the first three words, so a clause before the name is not read as one.
func (x *extractor) qualifiedTitle(toks []tok, first, name int) bool {
	for k := first; k < name-1 && k < first+3; k++ {
		if toks[k].trail != "" {
			return false // a comma inside: a clause, not a title
		}
		if x.lx.isRole(lowerWord(toks[k+1])) {
			return true
		}
	}
	return false
}
