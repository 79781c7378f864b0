// Who a sentence without its own speaker refers to: a dropped subject
// ("Dodał, że …"), the person the sentence before was about ("Arrieta no
// espera … «…», advierte").

package corpus

import (
	"strings"
	"unsafe"
)

// droppedSubject is who speaks when a language leaves the subject out
// ("„…” – dodał.", "«…», añadió.", "Ha poi aggiunto che …"): the last
// person who spoke nearby, of the gender a Slavic past verb shows
// ("dodała", "добавила" a woman; "dodał", "добавил", "додав" a man).
func (x *extractor) droppedSubject(verb string) *speaker {
	want := verbGender(verb)
	if u := x.lastUnnamed; u != nil && x.lastStmtSentence >= x.sentenceNo-1 {
		return u // "Otro diplomático … reconoció que … «…», resumió."
	}
	if sp := x.subjectBefore1(); sp != nil && (want == "" || surnameGender(sp) == want) {
		// "Arrieta no espera un acuerdo rápido. «…», advierte.": the
		// person the sentence before was about
		return sp
	}
	if sp := x.mentionedAlone(want); sp != nil {
		// "Ha aperto la deputata Elena Bordoni. «…», ha detto.": the one
		// person the sentence before named, wherever it named them
		return sp
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-4; i-- {
		sp := x.speakers[i]
		if !personOfGender(sp, want) {
			continue
		}
		if !x.recent(sp, 1) {
			return nil
		}
		return sp
	}
	return nil
}

// verbGender is the gender a Slavic past-tense verb agrees with:
// "заявила", "dodała" a woman's; "заявил", "dodał", "заявив" a man's; ""
// for other verbs.
func verbGender(verb string) string {
	switch {
	case strings.HasSuffix(verb, "ла") || strings.HasSuffix(verb, "ła"):
		return "f"
	case strings.HasSuffix(verb, "ил") || strings.HasSuffix(verb, "ал") || strings.HasSuffix(verb, "ел") || strings.HasSuffix(verb, "ł") || strings.HasSuffix(verb, "ив") || strings.HasSuffix(verb, "ав"):
		return "m"
	}
	return ""
}

// personOfGender reports whether sp is a person a pronoun or verb of
// gender want ("" for either) may stand for: the test the readers of a
// dropped or pronoun subject share.
func personOfGender(sp *speaker, want string) bool {
	return sp != nil && sp.kind == kindPerson && (want == "" || surnameGender(sp) == want)
}

// surnameGender is a person's gender as known, else as a Slavic surname
// shows it: "Климова", "Lewandowska", "Гнатюк" after "заявила" are
// women; a surname ending otherwise is taken for a man's.
func surnameGender(sp *speaker) string {
	if sp.gender != "" {
		return sp.gender
	}
	f := strings.Fields(sp.name)
	if len(f) == 0 {
		return ""
	}
	last := lowerString(f[len(f)-1])
	if strings.HasSuffix(last, "а") || strings.HasSuffix(last, "я") || strings.HasSuffix(last, "a") {
		return "f"
	}
	return "m"
}

// subjectBefore1 is the known person who opened the sentence just before
// this one, in the same paragraph, when that sentence was no statement
// ("Arrieta no espera un acuerdo rápido.", "Umerov did not comment
// publicly."): a verb or pronoun with no subject of its own then refers
// to them rather than to whoever spoke last. nil otherwise.
func (x *extractor) subjectBefore1() *speaker {
	if x.openedBy == nil || x.openedAt != x.sentenceNo-1 || x.prevSentencePara != x.pos || x.lastStmtSentence == x.sentenceNo-1 {
		return nil
	}
	return x.openedBy
}

// noteOpener remembers the known person a sentence opens with: a name the
// document has already given in full ("Arrieta", "Rustem Umerov") or a
// full name with a title.
func (x *extractor) noteOpener(s string) {
	w, next := nextWord(s, 0)
	if w == "" || !isCapital(w) {
		return
	}
	var lb [16]byte // the look-up key on the stack
	if len(w) <= len(lb) && x.lx.viewPreps[string(appendLower(lb[:0], w))] {
		x.viewOpener(s, next, false)
		return
	}
	if w2, _ := nextWord(s, next); x.noCue && isCapital(w2) && !strings.HasSuffix(w, ",") {
		// (a sentence with a speech cue names its speaker as it speaks)
		if i := strings.Index(s, ", "); i > 0 && i < 60 && strings.Count(s[:i], " ") <= 3 && !containsAny(s[:i], "“”\"«»„") {
			// "Oleksandra Hnatiuk, deputy head of the committee, spoke
			// outside the Rada.": a name and the title in apposition
			if x.viewOpener(s, 0, true) {
				return
			}
		}
	}
	var buf, low [64]byte // look-up keys on the stack: short[string(b)] copies nothing
	full, ok := x.short[string(appendLower(low[:0], w))]
	if !ok {
		w2, _ := nextWord(s, next)
		two := append(append(append(buf[:0], w...), ' '), w2...)
		full, ok = x.short[string(appendLower(low[:0], unsafe.String(unsafe.SliceData(two), len(two))))]
		if !ok && isCapital(w2) {
			// a known person named in full for the first time: "Marco
			// Rubio has pushed back at claims …"
			if p, known := lowerIn2(x.lx.people, w+" "+w2); known {
				if sp := x.person([]string{w, w2}, ""); sp != nil && sp.kind == kindPerson && sp.name == p.Name {
					x.openedBy, x.openedAt = sp, x.sentenceNo
				}
			}
			return
		}
	}
	if !ok {
		return
	}
	if sp, ok := x.people[full]; ok && sp.kind == kindPerson {
		x.openedBy, x.openedAt = sp, x.sentenceNo
	}
}

// viewOpener reads a sentence that opens with whose view it gives, a
// preposition and a name, often with a title after it: "Pour Hélène
// Martel, chercheuse à l'Ifri, le texte est habile.", "Per l'analista
// Marco Bassi, …", "Für Anna Weber ist das …". The sentence is the
// writer's summary, not a quotation, but the person is who the next
// "explique-t-elle" or "she said" means. With needRole it reads a name
// opening the sentence with its title in apposition ("Oleksandra
// Hnatiuk, deputy head of the committee, spoke …") and takes only that.
// It reports whether it found the person.
func (x *extractor) viewOpener(s string, from int, needRole bool) bool {
	rest := s[from:]
	head, tail, _ := strings.Cut(rest, ", ")
	toks := tokenize(head)
	if len(toks) < 2 || len(toks) > 6 || !isCapital(toks[len(toks)-1].word) || !isCapital(toks[len(toks)-2].word) {
		return false
	}
	if needRole {
		for _, t := range toks {
			if !isCapital(t.word) || stopCaps[t.low] || x.lx.isRole(lowerWord(t)) {
				return false // "In Berlin, …", "Minister X, …": no bare name
			}
		}
	}
	role := ""
	if tail != "" {
		// the title in apposition: "…, chercheuse à l'Ifri, …"
		if r, _, ok := strings.Cut(tail, ", "); ok {
			if rw := strings.Fields(r); len(rw) <= 10 && x.roleLike(rw) {
				role = cleanRole(r)
			}
		}
	}
	if needRole && role == "" {
		return false
	}
	sp := x.classify(toks, false)
	if sp == nil || sp.kind != kindPerson || !strings.Contains(sp.name, " ") {
		return false
	}
	if sp.role == "" {
		sp.role = role
	}
	x.people[sp.name] = sp
	x.openedBy, x.openedAt = sp, x.sentenceNo
	if sp.role != "" {
		x.noteMention(sp)
	}
	return true
}
