package corpus

// quotedBefore reports whether sp has already been quoted in the document:
// a view given to them without quotation marks ("Pour Delambre, la
// bataille se jouera sur les garanties.") after the report has quoted
// them is their view as reported, not the writer's reading of someone
// only mentioned. viewFor asks it to let such a sentence through.
func (x *extractor) quotedBefore(sp *speaker) bool {
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	return x.hasSpoken(sp.name)
}

// hasSpoken reports whether a statement of name was emitted: quoted or
// reported, not only introduced (spokeAt also notes an introduction).
func (x *extractor) hasSpoken(name string) bool {
	for i := len(x.out) - 1; i >= 0; i-- {
		if x.out[i].Speaker == name {
			return true
		}
	}
	return false
}

// shortNameQuoted reports whether toks is one capitalised word, the short
// name of someone the document named in full and has quoted ("Pour
// Delambre" after "le général Hugues Delambre" spoke): viewFor reads it as
// it reads a full name.
func (x *extractor) shortNameQuoted(toks []tok) bool {
	if len(toks) != 1 || !isCapital(toks[0].word) {
		return false
	}
	full, ok := x.short[toks[0].low]
	if !ok {
		return false
	}
	return x.hasSpoken(full)
}
