// Own subject: a pronoun in an "according to" aside inside a sentence
// ("Zelensky a salué un texte devenu, selon lui, plus réaliste", "Zelenski
// calificó el texto de, según él, más realista") stands for the person the
// sentence is about, named before it as its subject, not for whoever spoke
// last: a pronoun is bound inside its own clause before it reaches back to
// an earlier sentence.

package corpus

// pronounHolder is who the pronoun pron of an aside before toks[limit]
// stands for: the sentence's own subject when it names a person of the
// pronoun's gender, else whoever the pronoun would stand for anywhere.
func (x *extractor) pronounHolder(s string, toks []tok, limit int, pron string) *speaker {
	if own := x.ownSubject(s, toks, limit); own != nil && (pronounGender[pron] == "" || surnameGender(own) == "" || surnameGender(own) == pronounGender[pron]) {
		return own
	}
	return x.classify([]tok{{raw: pron, word: pron, low: pron}}, false)
}

// ownSubject is the person a sentence opens with as its subject, before
// toks[limit], when the sentence names one: read from its start, or after
// a short opening adverbial closed by a comma ("Du côté ukrainien,",
// "Por su parte,", "Dal canto suo,"). Nil when the sentence opens with no
// named person (a pronoun is not one: it would be resolved as the aside's
// pronoun is).
func (x *extractor) ownSubject(s string, toks []tok, limit int) *speaker {
	if limit <= 0 || limit > len(toks) {
		return nil
	}
	from := 0
	for m := 0; m < limit-2 && m < 4; m++ {
		if toks[m].trail == "," {
			from = m + 1 // "Du côté ukrainien, Volodymyr Zelensky …"
			break
		}
		if toks[m].trail != "" {
			break
		}
	}
	starts := []int{0}
	if from > 0 {
		starts = append(starts, from)
	}
	for _, at := range starts {
		if pronounGender[lowerWord(toks[at])] != "" || !isCapital(toks[at].word) {
			continue
		}
		if sp, _ := x.openingSpeaker(s[toks[at].start:], shiftToks(toks[at:limit], toks[at].start), limit-at); sp != nil && sp.kind == kindPerson {
			return sp
		}
	}
	return nil
}

// shiftToks copies tokens of a sentence for reading a suffix of it that
// starts at byte off: their offsets count from the suffix's start.
func shiftToks(toks []tok, off int) []tok {
	out := make([]tok, len(toks))
	copy(out, toks)
	for i := range out {
		out[i].start -= off
	}
	return out
}
