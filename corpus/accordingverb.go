package corpus

// dropLeadVerb returns the phrase after a trailing "according to" word
// without the verb of saying (and its auxiliaries) that some languages put
// between the two ("…, según confirmó un portavoz del Pentágono", "…,
// según ha dicho el ministro X", "…, secondo quanto ha riferito …" is not
// read here): the verb says how the words were given, not who gave them.
// Left in, it made the phrase no speaker ("confirmó un portavoz") or the
// role "dijo el ministro". At least one word is kept.
func (x *extractor) dropLeadVerb(phrase []tok) []tok {
	for len(phrase) > 1 && phrase[0].trail == "" {
		l := lowerWord(phrase[0])
		if !x.lx.sayVerbs[l] && !x.lx.auxiliaries[l] {
			break
		}
		phrase = phrase[1:]
	}
	return phrase
}
