package corpus

import "strings"

// A title that opens with a quotation and then names its speaker after a
// verb of saying: "“Europe has a seat at the table now”, says Ilse
// Brandner", "«…», dice il deputato Luca Bordoni", "«…», afirma Elena
// Ruiz". The quotation is that person's statement, unless the opening
// paragraphs repeat it (the body's statement is then the one kept). A
// quotation before "interview with X" ("«…» : entretien avec Claire
// Vasseur") is not read so: it is the interview's pull-quote, which the
// released sets do not count apart from the answers, and guestInTitle
// already makes X the one who answers.

// quotedTitleMinWords is the fewest words a title's quotation has to be
// read as words someone said rather than a catchword.
const quotedTitleMinWords = 3

// quotedTitle emits the title's opening quotation as the words of the
// person a verb of saying after it names.
func (x *extractor) quotedTitle(ps []paragraph) {
	title := strings.TrimSpace(x.src.Title)
	q, rest, ok := leadingQuotation(title)
	if !ok || len(strings.Fields(q)) < quotedTitleMinWords {
		return
	}
	rest = strings.TrimLeft(rest, " :,–—-")
	sp := x.saidByInTitle(rest)
	if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker {
		return
	}
	body := afterTitle(ps, title)
	if bodyRepeats(body, sp.name, q) || sectionRepeats(body, q) {
		return
	}
	x.emit(sp, q, true, 0)
}

// saidByInTitle is the speaker after a verb of saying that opens rest
// ("says Ilse Brandner", "dice il deputato Luca Bordoni"): up to three
// title words, then two or three capitalised words of a name, the end
// of the title or a comma after them.
func (x *extractor) saidByInTitle(rest string) *speaker {
	toks := tokenize(rest)
	if len(toks) < 3 || !x.lx.sayVerbs[lowerWord(toks[0])] || toks[0].trail != "" {
		return nil
	}
	k := 1
	for k < len(toks) && k < 4 && !isCapital(toks[k].word) && toks[k].trail == "" {
		k++ // "dice il deputato": the article and the title
	}
	n := 0
	for k+n < len(toks) && n < 3 && isCapital(toks[k+n].word) && !x.lx.isRole(lowerWord(toks[k+n])) {
		n++
		if toks[k+n-1].trail != "" {
			break
		}
	}
	if n < 2 || k+n < len(toks) && !strings.HasPrefix(toks[k+n-1].trail, ",") {
		return nil // more words after the name: a sentence, not a credit
	}
	sp := x.classify(toks[k:k+n], false)
	if sp == nil {
		return nil
	}
	if role := tokWords(toks[1:k]); sp.role == "" && len(role) > 0 && x.roleLike(role) {
		sp.role = cleanRole(strings.Join(role, " "))
		x.people[sp.name] = sp
	}
	return sp
}
