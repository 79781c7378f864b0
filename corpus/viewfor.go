package corpus

import "strings"

// viewForMinWords is the fewest words a view after "Pour X, …" needs to be
// one: "Pour Hélène Martel, oui." says too little to be cited.
const viewForMinWords = 3

// viewForMaxHead is the most words "Pour X," may take for X, a title
// before the name included: "Para o professor de Relações Internacionais
// João Pedro Valadas, …" is seven.
const viewForMaxHead = 8

// viewFor reads a sentence with no speech verb that opens with whose view
// it gives, a view preposition of the lexicon and a person's name, the
// title in apposition or not, and quotes them: "Pour Hélène Martel,
// chercheuse à l'Ifri, le texte est « habile ».", "Per Marco Bassi,
// analista, la differenza «non è di cifre»", "Für Anna Weber, Politologin
// in Bonn, ist das „ein Signal“." The rest of the sentence is their
// statement. It stands back for a view with no quotation in it (it may be
// the writer's reading), for anything but a person named in full (a
// country: "Per l'Italia, …") and for a relative clause after the name
// ("Pour X, qui a négocié …").
func (x *extractor) viewFor(s string, pos int) bool {
	w, next := nextWord(s, 0)
	var lb [16]byte // the look-up key on the stack: most sentences open with no view preposition
	if w == "" || len(w) > len(lb) || !x.lx.viewPreps[string(appendLower(lb[:0], w))] {
		return false
	}
	head, tail, ok := strings.Cut(s[next:], ", ")
	if !ok {
		return false
	}
	toks := tokenize(head)
	sp := x.viewForTitle(toks) // "Para la exembajadora, …": a title for someone named before (viewfortitle.go)
	if sp == nil {
		if !x.shortNameQuoted(toks) && (len(toks) < 2 || len(toks) > viewForMaxHead || !isCapital(toks[len(toks)-1].word) || !isCapital(toks[len(toks)-2].word)) {
			return false
		}
		sp = x.classify(toks, false)
		if sp == nil || sp.kind != kindPerson || !strings.Contains(sp.name, " ") {
			return false
		}
	}
	text := tail
	if r, after, ok := strings.Cut(tail, ", "); ok {
		if rw := strings.Fields(r); len(rw) <= 10 && x.roleLike(rw) {
			if sp.role == "" {
				sp.role = cleanRole(r) // "…, chercheuse à l'Ifri, …"
			}
			text = after
		}
	}
	text = trimSentenceEnd(text)
	if !containsAny(text, "“”«»„\"‹›") && !x.quotedBefore(sp) {
		// "Pour X, le texte est habile.": without their words quoted
		// the sentence may be the writer's reading of them, unless X
		// was quoted before (viewquoted.go)
		return false
	}
	tt := tokenize(text)
	if len(tt) < viewForMinWords || clauseOpener(tt[0]) || x.lx.relPronouns[lowerWord(tt[0])] {
		return false
	}
	q, direct := wholeQuote(text)
	if direct {
		text = q
	}
	x.people[sp.name] = sp
	x.emit(sp, text, direct, pos)
	return true
}
