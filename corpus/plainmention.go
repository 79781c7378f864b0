package corpus

import "strings"

// plainMention remembers the one person a paragraph's first sentence
// names in full without a title and without quoting them, wherever the
// name stands: a debate report opens each turn so ("Le ha risposto dai
// banchi dell'opposizione Gianluca Ferraresi.", "Más cauto se mostró
// Tomás Vidal, del grupo mixto, que …"),
// and the quotations that follow with a dropped subject or a bare title
// ("ha attaccato", "Secondo il deputato") are the newcomer's rather than
// the previous speaker's (newcomer, mentionedAlone). Only a name of two or
// three capitalised words after the sentence's first word counts, and
// only when it is the sentence's one person: two people named leave the
// turn undecided.
func (x *extractor) plainMention(s string) {
	if x.opening.para != x.pos || !x.opensParagraph(s) {
		return
	}
	if m := x.mentionTally; m.sentence == x.sentenceNo && m.para == x.pos && m.count > 0 {
		return // (read already: a sentence may be read twice, with and without its asides)
	}
	toks := x.lookToks(s)
	var found *speaker
	for i := 1; i+1 < len(toks); i++ {
		if !isCapital(toks[i].word) || isCapital(toks[i-1].word) && toks[i-1].trail == "" {
			continue
		}
		n := x.nameRunEnd(toks, i)
		if n-i < 2 {
			i = n
			continue
		}
		if n < len(toks) && isCapital(toks[n].word) && toks[n-1].trail == "" {
			return // a longer run of capitals: an institution's name
		}
		if !x.turnName(toks, i, n) {
			i = n - 1
			continue
		}
		run := append([]tok(nil), toks[i:n]...)
		run[len(run)-1].trail = ""
		sp := x.classify(run, false)
		if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker {
			i = n - 1
			continue
		}
		if found != nil && found.name != sp.name {
			return
		}
		if sp.role == "" {
			if r := x.appositionRole(toks, n); r != "" {
				c := *sp
				c.role = r // "Taras Hnatiuk, veterano de 34 años, …" (speakerkinds.go)
				sp = &c
			}
		}
		found = sp
		i = n - 1
	}
	if found != nil {
		// the paragraph's opening sentence is this reading of it, when a
		// reader split it and read its head first (newcomer compares them)
		x.opening.sentence = x.sentenceNo
		x.noteMention(found)
	}
}

// cueMention reads a sentence with a speech cue that gave no statement
// ("Più cauto Tommaso Vezzani, del gruppo misto, che ha invitato a non
// buttare via il documento.") for the one person it names, as mentions
// reads the sentences without a cue: the turn is theirs.
func (x *extractor) cueMention(s string, before int) {
	if len(x.out) == before && x.hasSpeechCue(s) && !x.hasRoleWord(s) { // (mentions read the others)
		x.plainMention(s)
	}
}

// opensParagraph reports whether s is the first sentence of the paragraph
// being read (or that sentence read again without an aside): the
// paragraph's text opens with its first words.
func (x *extractor) opensParagraph(s string) bool {
	head := s[:min(len(s), 16)]
	for i := range x.paras {
		if x.paras[i].index == x.pos {
			return strings.Contains(x.paras[i].text[:min(len(x.paras[i].text), 64)], head)
		}
	}
	return false
}

// turnName reports whether the capitalised words toks[i:n] stand as a
// turn's speaker does: at the end of the sentence or before a comma that
// opens their apposition, not after a short word (a preposition: "z
// Gdańskiego Instytutu", "em Abu Dhabi", "of Jared Kushner"), a
// preposition with its article ("nello Studio Ovale") or a comma
// (a list of places or people), and none of them a word of an
// institution's name.
func (x *extractor) turnName(toks []tok, i, n int) bool {
	if t := toks[n-1].trail; n < len(toks) && !strings.HasPrefix(t, ",") && !strings.HasPrefix(t, ".") {
		return false
	}
	prev := toks[i-1]
	if prev.trail == "," && x.frontedAdverbial(toks, i) {
		// "Dos mesas más allá, Taras Hnatiuk, veterano …, lee": a phrase
		// of place or time before the name (speakerkinds.go)
	} else if prev.trail != "" || len([]rune(prev.low)) <= 3 || articledPrepositions[lowerWord(prev)] {
		return false
	}
	for _, t := range toks[i:n] {
		if x.lx.bodyWords[lowerWord(t)] {
			return false
		}
	}
	return true
}

// untitledNewcomer is the person the paragraph being read opened by
// naming without a title (plainMention), when a bare title of one word
// ("il deputato", "el diputado", "the lawmaker") refers to someone in
// it: the title the writer gives the newcomer now, rather than an
// earlier speaker who holds the same title. nil when the paragraph opened
// otherwise, or when the newcomer has a title of their own (byRole then
// reads it as for anyone).
func (x *extractor) untitledNewcomer(lows []string) *speaker {
	m := x.mentionTally
	if len(lows) != 1 || m.count != 1 || m.para != x.pos || x.opening.para != x.pos || m.sentence != x.opening.sentence || m.sentence >= x.sentenceNo || len(x.mentioned) == 0 {
		return nil
	}
	sp := x.mentioned[len(x.mentioned)-1]
	if sp.kind != kindPerson || sp.role != "" || sp.name == unnamedSpeaker {
		return nil
	}
	return sp
}
