package corpus

// mentionTally counts the people named with a title in the newest
// sentence that named any, so that a pronoun opening the next sentence
// may stand for the one person it named.
type mentionTally struct {
	sentence, para, count int
}

// note records one mention in sentence number n of paragraph para.
func (m *mentionTally) note(n, para int) {
	if m.sentence != n || m.para != para {
		*m = mentionTally{sentence: n, para: para}
	}
	m.count++
}

// mentionedJustBefore is the person a pronoun opening a sentence stands
// for when the sentence before, in the same paragraph, spoke of exactly
// one person with a title without quoting them ("The news was confirmed
// by spokesman Jeff Tolbert. He said …", "Informația a fost confirmată de
// colonelul X. Acesta a declarat …"). Two people named, a statement in
// that sentence (its speaker is the subject the pronoun would mean) or a
// gender the pronoun rules out give nil.
func (x *extractor) mentionedJustBefore(want string) *speaker {
	m := x.mentionTally
	if m.count != 1 || m.sentence != x.sentenceNo-1 || m.para != x.pos || len(x.mentioned) == 0 || x.lastStmtSentence == x.sentenceNo-1 {
		return nil
	}
	if x.pronounOpenedBefore() {
		return nil // "He declined to say whether the deadline set by President X held." (pronounchain.go)
	}
	sp := x.mentioned[len(x.mentioned)-1]
	if sp.kind != kindPerson || sp.gender != "" && sp.gender != want {
		return nil
	}
	return sp
}
