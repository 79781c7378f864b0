// A speech verb without its subject after a fronted phrase of time, place
// or occasion: "A su llegada a Bruselas, ha dicho que …", "Dopo
// l'incontro, ha detto che …", "Depois da reunião, disse que …", "Po
// spotkaniu powiedział, że …", "Після зустрічі сказав, що …". The
// languages that drop the subject put such a phrase before the verb as
// readily as an adverb, and the rule for a sentence opening on its verb
// (droppedSubjectClause) then no longer sees an opening verb, while the
// rules reading a subject back from the verb find only the phrase. The
// phrase is skipped and the verb read as opening the sentence. The words
// that open such a phrase are grammar.json's frontedOpeners (fronted.go).

package corpus

import "strings"

// frontedBareMax is how many words may stand before the verb when no
// comma closes the phrase ("Po spotkaniu powiedział", "У вечірньому
// зверненні сказав", "En su discurso del viernes 21 dijo"): a longer run
// of lower-case words is a clause with a verb of its own more often than
// a phrase.
const frontedBareMax = 6

// frontedDropped reads "<fronted phrase>, <speech verb> [to whom] that
// …" and "<fronted phrase>, <speech verb> [to whom], …" in a language
// that drops the subject: the speaker is who the verb's dropped subject
// stands for (reportDropped: the speaker just before, or the person the
// sentence before opened with, or one this paragraph names), never a
// speaker of an earlier paragraph. It gives nothing when a word between
// the phrase and the verb could be a subject, or when the phrase itself
// holds a speech verb.
func (x *extractor) frontedDropped(s string, toks []tok, pos int) bool {
	if !subjectDrop[x.src.Lang] || len(toks) < 5 {
		return false
	}
	if !frontedOpeners[lowerWord(toks[0])] {
		return false
	}
	vi := -1 // the first word after the phrase
	for i := 0; i < len(toks)-2 && i < maxFrontedWords; i++ {
		if containsAny(toks[i].raw, "\"“”«»„") {
			return false // a quotation: what was said, not a phrase of time or place
		}
		if i > 0 && x.lx.sayVerbs[lowerWord(toks[i])] {
			if toks[i-1].trail != "" || i > frontedBareMax || !allLower(toks[1:i]) {
				return false
			}
			vi = i // "Po spotkaniu powiedział, że …": no comma, lower-case words only
			for vi > 1 && x.lx.auxiliaries[lowerWord(toks[vi-1])] {
				vi--
			}
			break
		}
		if toks[i].trail == "" {
			continue
		}
		if toks[i].trail != "," || containsAny(toks[i].raw, "\"“”«»„") {
			return false // a colon, a dash, a quotation: no phrase of time or place
		}
		if !x.frontedPhrase(strings.TrimSpace(s[:toks[i].start+len(toks[i].word)])) {
			return false // a title, a group, a speech verb: a subject, not a phrase of time or place (fronted.go)
		}
		vi = i + 1
		break
	}
	if vi < 1 {
		return false
	}
	v := vi
	for v < len(toks)-1 && v-vi < 3 && toks[v].trail == "" && (x.lx.auxiliaries[lowerWord(toks[v])] || x.lx.adverbs[lowerWord(toks[v])] || reportClitics[lowerWord(toks[v])]) {
		v++ // "ha dicho", "ha poi detto", "gli ha detto"
	}
	if !x.lx.sayVerbs[lowerWord(toks[v])] {
		return false
	}
	if toks[v].trail != "" && !strings.HasPrefix(toks[v].trail, ",") {
		return false
	}
	j := v // the verb, then whom the words were given to: "ha dicho a los periodistas", "сказав журналістам"
	for j+1 < len(toks) && j-v < 3 && toks[j].trail == "" && !x.lx.thatWords[lowerWord(toks[j+1])] && !isCapital(toks[j+1].word) && !x.lx.sayVerbs[lowerWord(toks[j+1])] {
		j++
	}
	var text string
	switch {
	case j+2 < len(toks) && x.lx.thatWords[lowerWord(toks[j+1])] && (toks[j].trail == "" || toks[j].trail == ","):
		text = s[toks[j+2].start:] // "ha dicho que …", "powiedział dziennikarzom, że …"
	case toks[j].trail == "," && len(toks)-(j+1) >= 3:
		text = s // "Dopo Ginevra, ha detto ai leader, il quadro …": the words said around the aside
	default:
		return false
	}
	sp := x.reportDropped(lowerWord(toks[v]), s, pos)
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	before := len(x.out)
	x.emit(sp, trimSentenceEnd(text), false, pos)
	return len(x.out) > before
}

// allLower reports whether every word of ts starts with a lower-case
// letter (or no letter): none of them is a name that could be the
// subject.
func allLower(ts []tok) bool {
	for _, t := range ts {
		if isCapital(t.word) {
			return false
		}
	}
	return true
}
