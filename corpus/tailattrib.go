// A whole clause attributed by a short attribution at the sentence's end.
// Wire copy reports an act as someone's account of it: "Russia rejected
// the European text, said Kremlin aide Yuri Ushakov", "The sides agreed
// to swap 314 prisoners, Witkoff said". The readers take the first speech
// or act verb they meet: "rejected" made Ushakov the one who "rejected the
// European text" (the clause's own subject lost), "agreed" made "the
// sides" a speaker of "to swap 314 prisoners, said …". When the last comma
// part is only an attribution of a person, the whole clause before it is
// what that person said.

package corpus

import "strings"

// tailAttributionWords is how many words the closing attribution may
// hold ("said Kremlin foreign policy aide Yuri Ushakov on Thursday").
const tailAttributionWords = 12

// tailAttribution reads "<clause with an act verb>, <say verb> <person>"
// and "<clause>, <person> <say verb> [time or place]". It acts only when
// the clause holds an act verb (actVerbIn), the case the other readers
// misread, and
// no quotation (quoted words have their own readers). It reports whether
// it emitted.
func (x *extractor) tailAttribution(s string, pos int) bool {
	if containsAny(s, "“\"«„‹”»") {
		return false
	}
	body := strings.TrimRight(strings.TrimSpace(s), ".!")
	c := strings.LastIndex(body, ", ")
	if c <= 0 {
		return false
	}
	head, tail := body[:c], body[c+2:]
	if !x.sayVerbIn(tail) || !x.actVerbIn(head) {
		return false // the short tail first: most sentences end in no attribution
	}
	ts := readAs(tokenize(tail), x.src.Lang) // its own slice: x.toks still holds the sentence's tokens for the readers after this one
	if len(ts) < 2 || len(ts) > tailAttributionWords {
		return false
	}
	var sp *speaker
	if x.lx.sayVerbs[lowerWord(ts[0])] {
		got, end := x.trailingSubjectAfter(ts, 0)
		if got == nil || end != len(ts) {
			return false
		}
		sp = got
	} else {
		vi := -1
		for i, t := range ts {
			if x.lx.sayVerbs[lowerWord(t)] {
				vi = i
				break
			}
		}
		if vi < 1 || !x.attributionEnds(ts, vi) {
			return false
		}
		got, start := x.subjectSpan(tail, ts, vi)
		if got == nil || start != 0 {
			return false
		}
		sp = got
	}
	if sp.kind != kindPerson || len(strings.Fields(head)) < 3 {
		return false
	}
	x.emit(sp, head, false, pos)
	return true
}

// sayVerbIn reports whether one of the first tailAttributionWords words of
// s is a say verb: a cheap look before the tail is tokenized.
func (x *extractor) sayVerbIn(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > tailAttributionWords {
			return false
		}
		if lowerIn(x.lx.sayVerbs, strings.Trim(w, ".,;:!?()")) {
			return true
		}
	}
	return false
}

// actVerbIn reports whether s holds an act verb ("rejected", "denied")
// or a say verb used of an act, with an infinitive after it ("agreed to
// swap", "promised to return"): the verbs the other readers take for the
// attribution of a clause that is itself what was reported.
func (x *extractor) actVerbIn(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		l := lowerString(strings.Trim(w, ".,;:!?()"))
		if x.lx.actVerbs[l] || x.lx.sayVerbs[l] && i+1 < len(ws) && ws[i+1] == "to" {
			return true
		}
	}
	return false
}
