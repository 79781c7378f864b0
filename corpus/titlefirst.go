package corpus

// titleBeforeName skips a lower-case title standing between an "according
// to" word and the capitalised name after it, when no comma closes the
// phrase ("Enligt statsminister Erik Sandberg kommer …", "Ifølge
// udenrigsminister Lars Nielsen vil …", "Volgens premier Dick Schoof
// duren …"): the Scandinavian and Dutch verb-second order puts the verb
// right after the name, and the title, written in lower case there, would
// otherwise end the name before it began. Only in languages that do not
// decline names (no namecases.json endings): where the title is in its case
// ("Według ministra Tomasza Wójcika …") the rules for cases read it. It
// returns the index of the first word of the name, or k when toks[k] is no
// such title.
func (x *extractor) titleBeforeName(toks []tok, k int) int {
	if nameCases[x.src.Lang].endings == nil && k+2 < len(toks) && toks[k].trail == "" && !isCapital(toks[k].word) && x.lx.isRole(lowerWord(toks[k])) && isCapital(toks[k+1].word) {
		return k + 1
	}
	return k
}
