package corpus

import "strings"

// A report often opens a sentence with a phrase of place, time or topic
// before its subject: "In Johannesburg, the British prime minister, Keir
// Starmer, said …", "Do lado europeu, a presidente da Comissão Europeia,
// Ursula von der Leyen, disse …", "Across the border in France, Mira
// Castellane, a historian of armistices, watched …". The phrase is set off
// by a comma exactly as a title in apposition is, so the rules that read
// "TITLE, NAME," or "NAME, TITLE," took it for part of the title, or found
// no title at all. This file reads past it: the phrase before the title
// (or before the name) says where or when, never who.

// maxFrontedWords bounds the phrase read as fronted: an adverbial opener
// is short, and a longer run before the title is more likely a clause of
// its own.
const maxFrontedWords = 8

// frontedTitle reads "PHRASE, TITLE, NAME" (head is "PHRASE, TITLE",
// appos the name): when the last part of head is a title and the part
// before it holds none, the phrase is an opener and the speaker is the
// name with that title alone. It returns nil when head has no such
// opener, so the caller reads it as before.
func (x *extractor) frontedTitle(head string, atoks []tok, appos string) *speaker {
	i := strings.LastIndex(head, ", ")
	if i < 0 || len(atoks) == 0 || len(atoks) > 5 || !isCapital(atoks[0].word) || !isCapital(atoks[len(atoks)-1].word) {
		return nil
	}
	fronted, title := strings.TrimSpace(head[:i]), strings.TrimSpace(head[i+2:])
	if !x.frontedPhrase(fronted) {
		return nil
	}
	if ttoks := tokenize(title); len(ttoks) == 0 || len(ttoks) > 12 || !x.roleLike(tokWords(ttoks)) {
		return nil
	}
	sp := x.appositive(title + ", " + appos)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// frontedPhrase reports whether s reads as an opener of place, time or
// topic: short, one clause, holding no title, no speech verb and no group
// or unnamed-source noun (those speak: "Western diplomats, …").
func (x *extractor) frontedPhrase(s string) bool {
	if s == "" || strings.Contains(s, ", ") {
		return false
	}
	ftoks := tokenize(s)
	if len(ftoks) == 0 || len(ftoks) > maxFrontedWords {
		return false
	}
	for _, t := range ftoks {
		l := lowerWord(t)
		if x.lx.isRole(l) || x.lx.bodyWords[l] || x.lx.groupNouns[l] || x.lx.isUnnamed(l) || x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			return false
		}
	}
	// a name alone is a subject, not an opener: "Kallas, the EU's top
	// diplomat, …"; "In Johannesburg" is capitalised throughout too, but
	// opens with a preposition
	return !x.allNames(ftoks) || frontedOpeners[lowerWord(ftoks[0])]
}

// frontedOpeners are the prepositions and adverbs of time and place that
// open a fronted phrase in the languages of the corpus ("In", "Am",
// "Côté", "Desde", "Ontem", "După"), from data/grammar.json: a phrase of
// capitalised words after one of them is a place, not a person.
var frontedOpeners = grammarSet("frontedOpeners")

// frontedMention notes the person of "PHRASE, NAME, TITLE, …" in a
// sentence that quotes nobody ("Across the border in France, Mira
// Castellane, a historian of armistices, watched the week unfold"), so a
// pronoun in the next sentence finds them: toks[i] opens the name after
// the phrase's comma. It returns where the name ends, or i.
func (x *extractor) frontedMention(s string, toks []tok, i int) int {
	if i == 0 || !strings.HasPrefix(toks[i-1].trail, ",") || !x.frontedPhrase(strings.TrimSpace(s[:toks[i-1].start+len(toks[i-1].word)])) {
		return i
	}
	n := i
	for n < len(toks) && n < i+4 && isCapital(toks[n].word) && !x.lx.isRole(lowerWord(toks[n])) {
		n++
		if toks[n-1].trail != "" {
			break
		}
	}
	if n-i < 2 || n >= len(toks) || !strings.HasPrefix(toks[n-1].trail, ",") {
		return i
	}
	tally := x.mentionTally
	x.appositiveMention(s, toks, i, n)
	if x.mentionTally == tally {
		return i // no title after the name
	}
	return n
}

// maxFrontedOpenerWords bounds the phrase frontedOpenerOnly reads as a
// circumstance: "After the Paris meeting", "Nach dem Treffen in Paris".
const maxFrontedOpenerWords = 6

// frontedOpenerOnly reports whether head (the words before the subject's
// comma) is only a phrase of time or place opened by a preposition or
// adverb of frontedOpeners, with no verb of a clause: "After the Paris
// meeting, Macron promised robust guarantees" says nothing "after the
// Paris meeting", and the verb's own object is what was said, where "The
// talks will continue on Monday, Peskov said" gives the words before the
// comma (stop 57, ynfen). A label ending in a colon before the phrase is
// read past.
func frontedOpenerOnly(head []tok) bool {
	for k := len(head) - 2; k >= 0; k-- {
		if strings.Contains(head[k].trail, ":") {
			head = head[k+1:] // "Who said what: After the Paris meeting, …": a label's colon opens the sentence
			break
		}
	}
	if len(head) == 0 || len(head) > maxFrontedOpenerWords || !frontedOpeners[lowerWord(head[0])] {
		return false
	}
	for _, t := range head[:len(head)-1] {
		if t.trail != "" || clauseVerbs[t.low] {
			return false
		}
	}
	return !clauseVerbs[head[len(head)-1].low]
}
