package corpus

import "strings"

// namedJustBefore is the person a subject pronoun stands for when the
// sentence just before, in the same paragraph, was no statement and
// introduced exactly one person by a full name the other readers did not
// take as a title's mention or a known opener: "Le voisin du dessous, M.
// Fabre, est monté rendre le journal. Il a dit que …", "For retired Air
// Force colonel Dwight Haverkamp, who farms …, the clause caught his eye.
// \"…,\" he said.", "Notre apicultrice, Iryna Kovalenko, … nous a parlé.
// Elle suit …". Without it the pronoun went to whoever spoke last, in an
// earlier paragraph. A name is a given name (givennames.json) and one or
// two capitalised words ("Said", "Van" in lower case are words; "Per La
// Voce …" opens with a preposition), or a
// courtesy title and a capitalised word; two different names, a sentence
// before that opened with a pronoun (it was about the pronoun's person
// already), a gender the pronoun or the title rules out, or a name the
// lexicon knows as no person give nil. Off with
// ParseOptions.namedBeforeOff (the test that checks it is what gives its
// cases their speaker).
func (x *extractor) namedJustBefore(want string) *speaker {
	if x.namedBeforeOff || x.prevSentencePara != x.pos || x.prevSentenceNo != x.sentenceNo-1 || x.lastStmtSentence == x.sentenceNo-1 || x.prevSentence == "" {
		return nil
	}
	if x.src.Lang == "de" {
		return nil // every noun is capitalised: a run of capitals is no name there
	}
	if x.pronounOpenedBefore() {
		return nil // "He declined to say whether the deadline set by President Donald Trump held.": the sentence before was about the pronoun's person (pronounchain.go)
	}
	var found []string
	gender := ""
	ws := strings.Fields(x.prevSentence)
	for i := 0; i < len(ws); i++ {
		w := trimNamePunct(ws[i])
		l := lowerString(w)
		title := x.lx.honorifics[l] || x.lx.honorifics[lowerString(ws[i])]
		if !title && (!isCapital(w) || !givenNames()[l] || stopCaps[l] || placePreps[l] || x.lx.viewPreps[l]) || i+1 >= len(ws) || endsNameRun(ws[i]) && !title {
			continue
		}
		run := []string{}
		if !title {
			run = append(run, w)
		}
		j := i + 1
		for ; j < len(ws) && len(run) < 3; j++ {
			n := trimNamePunct(ws[j])
			if !isCapital(n) || x.lx.isRole(lowerString(n)) || x.lx.honorifics[lowerString(n)] {
				break
			}
			run = append(run, n)
			if endsNameRun(ws[j]) {
				j++
				break
			}
		}
		if len(run) < 2 && !(title && len(run) == 1) {
			continue
		}
		name := strings.Join(run, " ")
		if len(found) == 0 || found[len(found)-1] != name {
			found = append(found, name)
		}
		if title {
			gender = x.lx.honorificGenders[strings.TrimSuffix(l, ".")]
			if gender == "" {
				gender = x.lx.honorificGenders[l]
			}
		}
		i = j - 1
	}
	if len(found) != 1 || gender != "" && gender != want {
		return nil
	}
	words := strings.Fields(found[0])
	if x.lx.notSpeakers[lowerString(found[0])] || x.lx.bodies[lowerString(found[0])] != "" {
		return nil
	}
	sp := x.person(words, "")
	if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker || sp.gender != "" && sp.gender != want {
		return nil
	}
	return sp
}

// trimNamePunct is a word without the punctuation and markup around it.
func trimNamePunct(w string) string {
	return strings.Trim(w, ".,;:!?\"“”«»„()[]*_'’")
}

// endsNameRun reports whether a written word closes a name's run: a
// comma, a stop or a bracket after it.
func endsNameRun(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ".,;:!?)]")
}
