package corpus

import "strings"

// "As one European official put it to us, “the guarantee is the roof”":
// a sentence that opens with the attribution, introduced by "as" ("come",
// "comme", "wie", "como", "jak"), then a comma and what was said. asAside
// reads the same attribution standing after a comma inside a sentence.

// maxAsSpeakerWords bounds the speaker phrase between "as" and the verb.
const maxAsSpeakerWords = 6

// asOpener handles a sentence that opens with an "as" attribution:
// "As one diplomat put it, …", "As a senior official told reporters, …",
// "Come ha detto un diplomatico, …".
func (x *extractor) asOpener(s string, toks []tok, pos int) bool {
	if len(toks) < 5 || toks[0].trail != "" || !x.lx.asWords[lowerWord(toks[0])] || !isCapital(toks[0].word) {
		return false
	}
	speech := func(t tok) bool {
		v := lowerWord(t)
		return x.lx.sayVerbs[v] || x.lx.asideVerbs[v] || v == "put"
	}
	v := 1
	if x.lx.auxiliaries[toks[v].low] {
		v++ // "Come ha detto un diplomatico"
	}
	verbFirst := speech(toks[v])
	if !verbFirst {
		for v < len(toks)-1 && v <= maxAsSpeakerWords && !speech(toks[v]) && toks[v].trail == "" {
			v++
		}
		if v == 1 || v >= len(toks)-1 || !speech(toks[v]) {
			return false
		}
	}
	e := v
	if toks[e].trail == "" && e+1 < len(toks) && toks[e+1].low == "it" {
		e++ // "put it"
	}
	if toks[e].trail == "" && e+2 < len(toks) && toks[e+1].low == "to" {
		e += 2 // "put it to us", "told reporters" reads on below
	} else if toks[e].trail == "" && e+1 < len(toks) && x.lx.addressee[toks[v].low] {
		e++ // "As a senior official told reporters,"
	}
	phrase := toks[1:v]
	if x.lx.auxiliaries[toks[1].low] {
		phrase = toks[2:v]
	}
	if verbFirst {
		// "Come ha detto un diplomatico europeo, …": the speaker after
		// the verb, up to the comma
		end := v + 1
		for end < len(toks)-1 && end-v <= maxAsSpeakerWords && toks[end].trail == "" {
			end++
		}
		phrase, e = toks[v+1:end+1], end
	}
	if n := len(phrase); n > 1 && asObjects[lowerWord(phrase[n-1])] {
		phrase = phrase[:n-1] // "Wie ein Diplomat es formulierte": the object, not the speaker
	}
	if len(phrase) == 0 || !strings.HasPrefix(toks[e].trail, ",") || e+1 >= len(toks) {
		return false
	}
	sp := x.asSpeaker(s, phrase)
	if sp == nil {
		return false
	}
	rest := strings.TrimSpace(s[toks[e+1].start:])
	if q, ok := wholeQuote(rest); ok {
		x.emit(sp, q, true, pos)
		return true
	}
	x.emit(sp, trimSentenceEnd(rest), false, pos)
	return true
}

// asSpeaker is who an "as" attribution names: an unnamed source ("one
// diplomat"), a person or body, or the person a title refers back to ("as
// the Kremlin official put it").
func (x *extractor) asSpeaker(s string, phrase []tok) *speaker {
	for _, t := range phrase {
		if x.lx.isUnnamed(lowerWord(t)) {
			last := phrase[len(phrase)-1]
			return &speaker{name: unnamedSpeaker, role: cleanRole(s[phrase[0].start : last.start+len(last.word)]), kind: kindGroup}
		}
	}
	if len(phrase) == 1 && pronounGender[lowerWord(phrase[0])] != "" {
		if sp := x.namedBeforeAside(s[:phrase[0].start], pronounGender[lowerWord(phrase[0])]); sp != nil {
			return sp // "rep Neil Ormerod, who …, brought in … because, as he put it, …" (givengender.go)
		}
	}
	if sp := x.classify(phrase, false); sp != nil {
		return sp
	}
	if x.isBackRef(lowerWord(phrase[len(phrase)-1])) {
		// "как выразился кремлевский представитель": the man who has
		// just spoken, or been named with a title
		if n := len(x.speakers); n > 0 && x.recent(x.speakers[n-1], 2) {
			return x.speakers[n-1]
		}
		if m := len(x.mentioned); m > 0 && x.pos-x.mentionedAt <= 1 {
			return x.mentioned[m-1]
		}
	}
	return nil
}

// asObjects are the object pronouns of an "as" attribution ("put it",
// "es formulierte").
var asObjects = grammarSet("asObjects")

// maxPerPhrase bounds the words of "Per X," before its comma.
const maxPerPhrase = 8

// perOpener reads English "Per two people briefed on the agenda, the open
// items are …": "per" as "according to", opening the sentence, the
// source up to the comma. (Italian "Per l'analista X, …" is a view, read
// by viewOpener.)
func (x *extractor) perOpener(s string, pos int) bool {
	if x.src.Lang != "en" && x.src.Lang != "" || len(s) < 6 || s[0] != 'P' || !strings.HasPrefix(s, "Per ") {
		return false
	}
	toks := x.lookToks(s)
	if len(toks) < 3 || isCapital(toks[1].word) {
		return false // "Per Lindahl, Sweden's deputy minister, …": a first name
	}
	end := 1
	for end < len(toks) && end <= maxPerPhrase && toks[end].trail == "" {
		end++
	}
	if end >= len(toks)-1 || end > maxPerPhrase || !strings.HasPrefix(toks[end].trail, ",") {
		return false
	}
	sp := x.unnamedPhrase(toks[1 : end+1])
	if sp == nil {
		sp = x.attributedTo(toks[1 : end+1])
	}
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[toks[end+1].start:]), false, pos)
	return true
}

// bareSources is the unnamed source a bare plural of a source noun names
// ("participants", "diplomats", "people familiar with the talks"): nil
// when a word is capitalised (a name) or the head is no source noun.
func (x *extractor) bareSources(phrase []tok) *speaker {
	if len(phrase) == 0 || len(phrase) > maxPerPhrase || !x.lx.isUnnamed(lowerWord(phrase[0])) {
		return nil
	}
	for _, t := range phrase {
		if isCapital(t.word) {
			return nil
		}
	}
	return &speaker{name: unnamedSpeaker, role: cleanRole(joinWords(phrase)), kind: kindGroup}
}

// joinWords joins the words of toks with single spaces.
func joinWords(toks []tok) string {
	return strings.Join(tokWords(toks), " ")
}
