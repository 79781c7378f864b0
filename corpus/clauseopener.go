package corpus

import "strings"

// A clause's capitals read as a speaker's name: a sentence or clause that
// opens with a question word, a conjunction, a negation or a preposition
// of place, time or topic, followed by a capitalised word, gave the subject
// reader or the continuity readers a "name" such as "Why I" (a blog's
// heading), "What Europe" (a book title), "No Qs" (a pool report's
// shorthand), "Kým druhá strana" (Slovak "until the other side"), "Desde
// Madrid" or "Om NATO-medlemskab" (Danish "about NATO membership"). Sets
// M, ZC, ZH, ZL, ZQ, ZV and ZZA had one each (stop 62, zcaps). The words
// are speakernames.json's clauseOpeners, per language, since "om" is a
// Scandinavian preposition and "no" an English negation while either may
// stand in a name elsewhere.

// clauseOpeners is speakerNames.ClauseOpeners, a set per language.
var clauseOpeners = langSets(speakerNames.ClauseOpeners)

// clauseOpenedName reports whether a speaker's name opens with a word
// that opens a clause in the document's language and never a name: a name
// of two words or more whose first word is one of clauseOpeners, is not a
// given name ("Per", "Will") and is not a known person's name.
func (x *extractor) clauseOpenedName(name string) bool {
	ws := clauseOpeners[x.src.Lang]
	if ws == nil {
		return false
	}
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return false
	}
	l := lowerString(first)
	if !ws[l] || givenNames()[l] {
		return false
	}
	_, known := x.lx.people[lowerString(name)]
	return !known
}

// frontedWords is speakerNames.FrontedWords, a set per language.
var frontedWords = langSets(speakerNames.FrontedWords)

// openerWord reports whether t, capitalised at a sentence's start, is one
// of frontedWords in the document's language, and so opens a fronted
// phrase rather than a speaker's name (German capitalises the phrase's
// noun, which then looks like a surname): "Als Beispiel nannte er die
// Obergrenze", "Den Anfang machte ein Landwirt", "Im Anschluss dankte der
// Vorsitzende". clauseOpenedName drops such a "name"'s statements after
// the fact; refused as a subject word, the phrase is never read as a
// person at all, so the verb's real subject ("er"), or the person a later
// pronoun means, is found instead (sets ZZG and ZZL; "Wer Kramatorsk
// räumt", set ZZE, is a question word's clause, which clauseOpeners drops;
// stop 68, zfreshfp3). A given name that is also such a word stays a name.
func (x *extractor) openerWord(t tok) bool {
	return x.openerLow(lowerWord(t))
}

// openerLow is openerWord of a word already in lower case; introduce.go
// asks it of the first word of a sentence that would introduce a person
// ("Den Anfang machte ein Landwirt …" introduces no "Den Anfang").
func (x *extractor) openerLow(l string) bool {
	if x.noOpenerSubject {
		return false
	}
	ws := frontedWords[x.src.Lang]
	return ws != nil && ws[l] && !givenNames()[l]
}
