package corpus

import "strings"

// withoutAccordingCue drops an "according to" word opening a title read
// back from a name: a sentence "Podle premiéra Jana Nováka, …" or
// "Według ministra Tomasza Wójcika, …" names the person with the title in
// its case, and the capitalised cue before it was read as the title's
// first word, so the person's later statements were given the title
// "Podle premiéra". A lead word with its cue goes too ("По словам").
func (x *extractor) withoutAccordingCue(role string) string {
	first, rest, ok := strings.Cut(role, " ")
	if !ok {
		return role
	}
	l := lowerString(first)
	if accordingLead[l] {
		second, more, ok := strings.Cut(rest, " ")
		if ok && lowerIn(x.lx.according, second) {
			return more
		}
		return role
	}
	if x.lx.according[l] {
		return rest
	}
	return role
}

// casedTitleBeforeName skips a title in its case, with up to three words
// of its own complement, standing between an "according to" word and the
// name after it when no comma closes the phrase: "Podle premiéra Jana
// Nováka budou jednání …", "Podľa ministra zahraničia Juraja Blanára je
// …", "Według ministra Tomasza Wójcika rozmowy …", "Според министъра на
// външните работи Георг Георгиев планът …". The declined title alone was
// read as the speaker, and the name as the start of what was said. A
// title right before the name in a language that does not decline it is
// titleBeforeName's; this one needs two or three capitalised words
// followed by a lower-case one, so a title with no name ("Według
// rzecznika obaj ministrowie …") is left to the rule for it. It returns
// the index of the first word of the name, or k.
func (x *extractor) casedTitleBeforeName(toks []tok, k int) int {
	if k+3 >= len(toks) || toks[k].trail != "" || isCapital(toks[k].word) {
		return k
	}
	if l := lowerWord(toks[k]); !x.lx.isRole(l) && !x.isBackRef(l) {
		return k
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && !isCapital(toks[j].word) && toks[j].trail == "" {
		j++ // "ministra zahraničí", "министъра на външните работи"
	}
	c := j
	for c < len(toks) && c < j+3 && isCapital(toks[c].word) && toks[c].trail == "" {
		c++
	}
	if c-j < 2 || c >= len(toks) || isCapital(toks[c].word) {
		return k
	}
	return j
}
