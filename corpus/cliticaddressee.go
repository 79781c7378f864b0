// A clitic auxiliary beside an addressee before the verb. South Slavic
// puts its clitic "je"/"su" second in the clause, so when whom the words
// were given to stands before the verb the clitic is next to it, on
// either side: Slovenian "Potočnik je novinarjem povedal, da …", Croatian
// "Knežević novinarima je rekao da …". The addressee reader
// (addresseeBefore) wants the addressee right after the subject and right
// before the verb; the clitic between is read as if it were not there, as
// the clitic after a participle is (clitics.go). Only a clitic touching an
// addressee is dropped: elsewhere "je" may be a pronoun or a verb.

package corpus

// cliticBesideAddressee drops a clitic of the document's language that
// stands before the verb at toks[vi] next to an addressee, and returns
// the tokens and the verb's new index.
func (x *extractor) cliticBesideAddressee(toks []tok, vi int) ([]tok, int) {
	cl := postVerbClitics[x.src.Lang]
	if cl == nil || vi < 3 {
		return toks, vi
	}
	isClitic := func(i int) bool { return toks[i].trail == "" && cl[toks[i].raw] }
	isAddr := func(i int) bool {
		return toks[i].trail == "" && !isCapital(toks[i].word) && x.lx.addressees[lowerWord(toks[i])]
	}
	switch {
	case isClitic(vi-1) && isAddr(vi-2): // "novinarima je rekao"
		return append(toks[:vi-1], toks[vi:]...), vi - 1
	case isAddr(vi-1) && isClitic(vi-2): // "je novinarjem povedal"
		return append(toks[:vi-2], toks[vi-1:]...), vi - 1
	}
	return toks, vi
}
