package corpus

import "strings"

// Headline quotes: a headline that gives someone's words before naming
// them after a dash ("„Europa sitzt wieder mit am Tisch“ – Sicherheits-
// forscher Hartl zum Genfer Treffen", "«Мы готовы» — Песков о переговорах",
// "“Not a treaty” – lawyer Pennick on the draft"), and one whose
// "Name: «…»" claim follows a lead sentence ("Piano per l'Ucraina, scontro
// in Aula. Bordoni: «Non si firma una resa»"). Both are the named person's
// statement, as the plain "Name: «…»" headline is.

// headlineDashes are the dashes a headline sets between a quotation and
// its speaker.
var headlineDashes = []string{"– ", "— ", "- "}

// dashTitleQuote emits the quotation a headline opens with when a dash
// then names its speaker: an optional title, then one to three
// capitalised words of a name; what follows in lower case is the topic
// ("zum Genfer Treffen", "о переговорах"). A lone surname is read as the
// document names the person in full (classify), and the title the
// headline gives is their role. Nothing is emitted when the opening
// paragraphs repeat the quotation: the body's statement is then the one
// kept.
func (x *extractor) dashTitleQuote(ps []paragraph) {
	q, rest, ok := leadingQuotation(strings.TrimSpace(x.src.Title))
	if !ok || strings.Count(q, " ") < 2 {
		return
	}
	dashed := false
	for _, d := range headlineDashes {
		if r, ok := strings.CutPrefix(rest, d); ok {
			rest, dashed = r, true
			break
		}
	}
	if !dashed {
		return
	}
	toks := tokenize(rest)
	k := 0 // the title and the name: capitalised or title words
	for k < len(toks) && k < 7 && (isCapital(toks[k].word) || x.lx.isRole(lowerWord(toks[k]))) {
		k++
		if toks[k-1].trail != "" {
			break
		}
	}
	n := k // the name: the capitalised words at the end of that run
	for n > 0 && k-n < 3 && isCapital(toks[n-1].word) && !x.lx.isRole(lowerWord(toks[n-1])) {
		n--
	}
	if n == k {
		return
	}
	role := ""
	if n > 0 {
		words := tokWords(toks[:n])
		if !x.roleLike(words) {
			return // "„…“ – Berlin Kiew Gespräche": no title before the capitals
		}
		role = cleanRole(strings.Join(words, " "))
	}
	name := toks[n:k]
	name[len(name)-1].trail = ""
	sp := x.classify(name, false)
	if sp == nil || sp.kind != kindPerson {
		return
	}
	if sp.role == "" && role != "" {
		sp.role = role
		x.people[sp.name] = sp
	}
	if bodyRepeats(afterTitle(ps, x.src.Title), "", q) { // (the quote's words only: a transcript's first answer is labelled with the name)
		return
	}
	x.emit(sp, q, true, 0)
}

// lastTitleClaim is the part of a headline after its last lead sentence
// when the part before its first ": " holds one ("Piano per l'Ucraina,
// scontro in Aula. Bordoni: «…»" gives "Bordoni: «…»"), so that the
// label read is the name alone; the headline unchanged otherwise.
func lastTitleClaim(title string) string {
	label, _, ok := strings.Cut(title, ": ")
	if !ok {
		return title
	}
	if i := strings.LastIndex(label, ". "); i > 0 {
		return title[i+2:]
	}
	return title
}
