package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A feature's pull quote, an epigraph or a quote card prints a quotation
// whole and signs it with a dash and a name, often with a title after a
// comma, on the same line or the next:
//
//	“We are closer than ever, but the last mile is the hardest.”
//	— Rustem Umerov, secretary of Ukraine's security council
//
// No speech verb stands anywhere, so no attribution rule read it. pullQuote
// reads a paragraph that is one quotation and ends with such a signature,
// or one followed by a paragraph that is only the signature.

// maxSignatureWords is the most words a signature may have: a name of up
// to four words and a title.
const maxSignatureWords = 16

// pullQuote reads the pull quote at ps[i] and returns the index of its last
// paragraph, or -1 when ps[i] is none.
func (x *extractor) pullQuote(ps []paragraph, i int) int {
	p := ps[i]
	if p.kind != paraText {
		return -1
	}
	t := strings.TrimSpace(p.text)
	if r, _ := utf8.DecodeRuneInString(t); !isOpenQuote(r) {
		return -1
	}
	if q, sig, ok := cutSignature(t); ok {
		if sp := x.signatureSpeaker(sig); sp != nil {
			x.pos = p.index
			x.emit(sp, trimQuote(q), true, p.index)
			return i
		}
		return -1
	}
	q, ok := wholeQuote(t)
	if !ok || i+1 >= len(ps) {
		return -1
	}
	next := strings.TrimSpace(ps[i+1].text)
	sig, ok := signatureAfterDash(next)
	if !ok && ps[i+1].kind == paraItem && ps[i+1].dash && ps[i+1].number == 0 {
		sig, ok = next, true // the signature's dash read as a bullet's
	}
	if !ok {
		if ps[i+1].kind != paraText {
			return -1
		}
		// "Volodímir Zelenski, presidente de Ucrania, en Davos. El
		// mandatario añadió que …": a signature without its dash opens
		// the paragraph below; the sentences after it are read as any
		// others, so only the quotation's paragraph is taken
		if containsAny(q, "«»“”„\"") {
			return -1 // two quotations with words between: a sentence, not one quotation
		}
		sp := x.leadSignature(next)
		if sp == nil {
			return -1
		}
		x.pos = p.index
		x.emit(sp, trimQuote(q), true, p.index)
		if rel := x.signatureRelative(next); rel != "" {
			x.emit(sp, rel, false, p.index) // "…, que calificó de útil en todos los sentidos."
		}
		return i
	}
	sp := x.signatureSpeaker(sig)
	if sp == nil {
		return -1
	}
	x.pos = p.index
	x.emit(sp, trimQuote(q), true, p.index)
	return i + 1
}

// cutSignature splits "“…” — Name, title" into the quotation's inside and
// the signature.
func cutSignature(t string) (quote, sig string, ok bool) {
	for _, d := range []string{"” — ", "” – ", "” - ", "\" — ", "\" – ", "\" - ", "» — ", "» – ", "» - ", "“ — ", "“ – ", ".” — ", ".” – "} {
		k := strings.LastIndex(t, d)
		if k < 0 {
			continue
		}
		head := t[:k+len(d)-len(strings.TrimLeft(d, "”\"»“."))]
		if q, ok := wholeQuote(strings.TrimSpace(head)); ok {
			return q, strings.TrimSpace(t[k+len(d):]), true
		}
	}
	return "", "", false
}

// signatureAfterDash is the text after a dash opening s ("— Rustem Umerov, …").
func signatureAfterDash(s string) (string, bool) {
	for _, d := range []string{"— ", "– ", "- ", "―"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// signatureSpeaker is the person a signature names: capitalised words
// first (a name), then, after a comma, a title; nil for anything else (a
// sentence, a source line, a date).
func (x *extractor) signatureSpeaker(sig string) *speaker {
	sig = strings.TrimRight(sig, ". ")
	if sig == "" || len(strings.Fields(sig)) > maxSignatureWords || containsAny(sig, "“”\"«»:;!?") {
		return nil
	}
	name, role, _ := strings.Cut(sig, ", ")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return nil
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !particles[w] {
			return nil
		}
	}
	sp := x.person(words, strings.TrimSpace(role))
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if sp.role == "" && role != "" {
		sp.role = cleanRole(role)
	}
	return sp
}

// objectRelatives open a relative clause whose verb need not be the
// signature's person's ("…, que calificó de útil en todos los sentidos").
var objectRelatives = grammarSet("objectRelatives")

// maxLeadSignatureWords is the most words the sentence under a quotation
// may have to be its signature: a name, a title and where or when the
// words were said.
const maxLeadSignatureWords = 30

// leadSignature is the speaker the first sentence of text names when that
// sentence is only a signature: a name or an unnamed source's description,
// then, after commas, a title and where or when the words were said, and
// no speech verb outside a relative clause ("Volodímir Zelenski,
// presidente de Ucrania, en su discurso del jueves en el Foro de Davos.",
// "Un miembro de la delegación ucraniana, a este periódico, en Abu
// Dabi."). Digests of the week's quotations print the quotation first,
// bold or set apart, and this line under it. nil for anything else: a
// sentence with its own verb of saying is read by the rules.
func (x *extractor) leadSignature(text string) *speaker {
	first, _ := firstSentence(text)
	first = strings.TrimRight(strings.TrimSpace(first), ". ")
	if first == "" || len(strings.Fields(first)) > maxLeadSignatureWords || containsAny(first, "“”\"«»:;!?") {
		return nil
	}
	parts := strings.Split(first, ", ")
	role := ""
	for k, part := range parts[1:] {
		toks := tokenize(part)
		if len(toks) == 0 {
			return nil
		}
		if l := lowerWord(toks[0]); speakerRelatives[l] || objectRelatives[l] {
			break // "…, que calificó de útil …": the relative clause is about the meeting
		}
		for _, t := range toks {
			if x.speechVerb(t) {
				return nil
			}
		}
		switch {
		case k == 0 && !circumstanceOpener(toks[0]) && x.roleLike(tokWords(toks)):
			role = part // "presidente de Ucrania"; "tras reunirse con Zelenski" is when
		case signatureAside(x, toks[0]):
			// "en su discurso del jueves", "también en Davos", "a este
			// periódico": where, when or to whom
		default:
			return nil // "Secondo Ferrante, la parte economica del piano, …": a clause, not a signature
		}
	}
	nameToks := tokenize(parts[0])
	if len(nameToks) == 0 || x.lx.according[lowerWord(nameToks[0])] {
		return nil
	}
	for _, t := range nameToks {
		if x.speechVerb(t) {
			return nil
		}
	}
	if isCapital(nameToks[0].word) && len(nameToks) <= 4 && x.personRun(nameToks) {
		sp := x.person(tokWords(nameToks), role)
		if sp == nil || sp.kind != kindPerson {
			return nil
		}
		if sp.role == "" && role != "" {
			sp.role = cleanRole(role)
		}
		return sp
	}
	if len(parts) == 1 && len(nameToks) > 8 {
		return nil
	}
	return x.unnamedPhrase(nameToks) // "Un miembro de la delegación ucraniana", "A senior US official"
}

// signatureAside reports whether t opens a part of a signature that says
// where, when, on what or to whom the words were said: a preposition or
// an adverb, lower case ("en su discurso", "sobre la misma cita",
// "también en Davos", "a este periódico").
func signatureAside(x *extractor, t tok) bool {
	if isCapital(t.word) {
		return false
	}
	l := lowerWord(t)
	return circumstanceOpener(t) || x.opensGapBefore(t) || x.lx.adverbs[l] || topicPreps[l] || timePreps[l] || placePreps[l] || signatureAsidePreps[l]
}

// signatureAsidePreps are grammar.json's prepositions of a topic or an
// occasion after a signature's comma ("sobre la misma cita").
var signatureAsidePreps = grammarSet("signatureAsidePreps")

// signatureRelative is the characterisation a signature line ends with
// in a relative clause whose verb of calling is the signed person's
// ("Yuri Ushakov, …, tras el encuentro con Witkoff, que calificó de útil
// en todos los sentidos.", "…, which he called useful."): the clause
// from its verb on, or "" when the first sentence holds none. The
// signature names no other subject, so the verb is the person's; a verb
// of any other kind ("que exigía …") is about the thing named before it.
func (x *extractor) signatureRelative(text string) string {
	first, _ := firstSentence(text)
	first = strings.TrimRight(strings.TrimSpace(first), ". ")
	at := strings.LastIndex(first, ", ")
	if at < 0 {
		return ""
	}
	rel := first[at+2:]
	toks := tokenize(rel)
	if l := lowerWord(toks[0]); len(toks) < 3 || !objectRelatives[l] && !speakerRelatives[l] || toks[0].trail != "" {
		return ""
	}
	v := 1
	if leadSubjectPronouns[lowerWord(toks[v])] && toks[v].trail == "" {
		v++ // "which he called useful"
	}
	if x.lx.auxiliaries[lowerWord(toks[v])] && toks[v].trail == "" {
		v++ // "che ha definito utile"
	}
	if v+1 >= len(toks) || !x.lx.report.characterise[lowerWord(toks[v])] {
		return ""
	}
	return rel[toks[v].start:]
}
