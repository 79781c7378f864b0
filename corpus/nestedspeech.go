// Reported speech inside reported speech. A press release or a wire story
// often passes one person's words through another's: "Hartsell noted that
// Secretary Marco Rubio wrote on Saturday that the proposal was …", "Le
// député a rappelé que Marco Rubio avait écrit que …". What was said is
// the inner speaker's: the outer one only points to it. Every reader that
// finds "X noted that …" hands the whole that-clause to emit; this file
// looks, at emit, for a named speaker, a speech verb and a that-word
// opening that clause, and gives the words after them to the inner
// speaker.
//
// Only a speaker the clause names by a capitalised name or a title and
// name counts: "he said he understood that …" is the outer speaker's own
// view, and "the two leaders agreed that …" (Ushakov relaying a call) is
// still Ushakov's account, as is "Putin told Trump that …" inside it: what
// one person told another in private is known only from the one who
// relays it, while "told reporters that" was said in public. Verbs of belief and agreement ("believes",
// "agreed") are not read as speech here: "X said Y believes that …" is
// X's reading of Y.

package corpus

import "strings"

// nestedNotSpeech are speech verbs of verbs.json that report a belief or
// an agreement rather than words someone gave: an inner clause with one
// of them stays the outer speaker's.
var nestedNotSpeech = map[string]bool{
	"agreed": true, "agrees": true, "believes": true, "hopes": true, "hoped": true, "thinks": true,
	"estimated": true, "predicted": true, "predicts": true, "informed": true, "reminded": true,
	"ritiene": true, "ritengono": true, "pensa": true, "crede": true, "cree": true, "considera": true,
	"opina": true, "piensa": true, "pense": true, "croit": true, "juge": true, "estime": true,
	"glaubt": true, "findet": true, "meint": true, "ocenia": true, "ocenili": true, "fordert": true,
}

// nestedMaxSubject is how many words the inner subject may hold: a
// title, a given name and a surname, with a complement ("Secretary of
// State Marco Rubio").
const nestedMaxSubject = 7

// nestedSpeech returns the inner speaker and what they said when the
// indirect statement text opens with a named speaker, a speech verb, up
// to a few words of time or channel and a that-word; ok false otherwise.
// outer is who the statement was first given to; a quotation (direct)
// is never read so, as its words are the quoted speaker's own.
func (x *extractor) nestedSpeech(outer *speaker, text string, direct bool) (*speaker, string, bool) {
	if direct || nestedSpeechOff || outer == nil || len(text) < 20 {
		return nil, "", false
	}
	// most statements run to fewer than 64 words: their tokens stay on
	// the stack (nothing keeps toks past this call), where tokenize's
	// slice was one of the largest allocations of a parse
	var buf [64]tok
	toks := readAs(tokenizeInto(buf[:0], text), x.src.Lang)
	if len(toks) < 5 {
		return nil, "", false
	}
	if !isCapital(toks[0].word) && !(roleArticles[toks[0].low] || definiteArticles[toks[0].low]) {
		return nil, "", false // "he understood that …"; "le ministre X avait écrit que …" opens with its article
	}
	for vi := 1; vi < len(toks)-2 && vi <= nestedMaxSubject; vi++ {
		if toks[vi-1].trail != "" {
			return nil, "", false // a comma or a full stop before the verb: not a plain subject
		}
		l := lowerWord(toks[vi])
		if !x.lx.sayVerbs[l] || nestedNotSpeech[l] || isCapital(toks[vi].word) {
			continue
		}
		if pronounGender[toks[0].low] != "" && (vi == 1 || !isCapital(toks[1].word) && !x.lx.isRole(toks[1].low)) {
			return nil, "", false // "He told Reuters that …", "Il a dit que …"; not "Il ministro X"
		}
		if x.lx.addressee[l] && isCapital(toks[vi+1].word) {
			return nil, "", false // "Ushakov said Putin told Trump that …": a private exchange in the relayer's account
		}
		th := x.nestedThatAt(toks, vi)
		if th < 0 {
			return nil, "", false
		}
		if !anyCapitalWord(tokWords(toks[1:vi])) && !isCapital(toks[0].word) {
			return nil, "", false // "the two leaders agreed that …": no one named
		}
		sp, at := x.subjectSpan(text, toks, vi)
		if sp == nil || at != 0 || sp.name == outer.name || sp.name == unnamedSpeaker || sp.kind != kindPerson && sp.kind != kindBody {
			return nil, "", false
		}
		inner := trimSentenceEnd(text[toks[th+1].start:])
		if len(strings.Fields(inner)) < 3 {
			return nil, "", false
		}
		return sp, inner, true
	}
	return nil, "", false
}

// nestedThatAt is the index of the that-word opening what the verb at vi
// says, right after it or after up to four words of time, place or
// channel ("wrote on Saturday that", "a écrit samedi que"); -1 when none
// does.
func (x *extractor) nestedThatAt(toks []tok, vi int) int {
	for k := vi + 1; k < len(toks)-1 && k <= vi+5; k++ {
		if x.lx.thatWords[toks[k].low] && !determinerThat(toks, k) {
			return k
		}
		if k > vi+1 && toks[k-1].trail != "" && !strings.HasPrefix(toks[k-1].trail, ",") {
			return -1
		}
		if x.lx.sayVerbs[toks[k].low] || x.lx.actVerbs[toks[k].low] {
			return -1 // a second verb: the clause has begun
		}
	}
	return -1
}

// ownClauseSubjects are the English subject pronouns that, right after a
// speech verb, open the clause said: in "said he welcomed that
// clarification" or "said he understood that …" the that-word belongs to
// the clause, which is the speaker's own words from its pronoun on. Read
// in English documents only: "i" is "in" in Danish and Swedish.
var ownClauseSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// nestedSpeechOff turns the reading off, for tests that show what it
// changes.
var nestedSpeechOff = false
