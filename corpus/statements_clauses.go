package corpus

import "strings"

// Clauses around an attribution: indirect speech that goes on after its
// speaker, a participle or a coordinated subject, a speech verb with a
// noun object, hearsay (split from statements.go by concern, stop 68).

// droppedSubjectClause handles a sentence that opens with its speech verb,
// the subject left out as the language allows: "Dodał też, że …", "Ha poi
// aggiunto che …", "Añadió que …", "Также отметил, что …".
func (x *extractor) droppedSubjectClause(s string, toks []tok, pos int) bool {
	vi := 0
	for vi < len(toks)-1 && vi < 2 && (x.lx.auxiliaries[toks[vi].low] || x.lx.adverbs[lowerWord(toks[vi])]) {
		vi++
	}
	if !x.lx.sayVerbs[lowerWord(toks[vi])] || vi+1 >= len(toks) {
		return false
	}
	k := vi + 1
	if k < len(toks)-1 && toks[vi].trail == "" && lowerIn(postVerbClitics[x.src.Lang], toks[k].word) {
		k++ // "Dejala je, da …": the clitic auxiliary after the participle
	}
	for k < len(toks)-1 && k <= vi+3 && x.lx.adverbs[lowerWord(toks[k])] && !x.lx.thatWords[lowerWord(toks[k])] {
		k++ // "Dodał też, że"
	}
	if !x.lx.thatWords[lowerWord(toks[k])] && !(strings.HasPrefix(toks[k-1].trail, ",") && k+1 < len(toks) && x.lx.thatWords[lowerWord(toks[k])]) {
		return x.telegraphicSay(s, toks, vi, k, pos)
	}
	if k+1 >= len(toks) {
		return false
	}
	sp := x.droppedSubject(lowerWord(toks[vi]))
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[toks[k+1].start:]), false, pos)
	return true
}

// aroundAttribution is what was said around an inverted attribution: the
// words before the comma at toks[before], and those from toks[after] when
// the attribution stands inside the sentence ("Per il Cremlino, ha
// spiegato X, il piano è una buona base").
func aroundAttribution(s string, toks []tok, before, after int) string {
	text := trimSentenceEnd(strings.TrimRight(s[:toks[before].start+len(toks[before].raw)], ","))
	if after < len(toks) {
		return keptAside(s, text, s[toks[after].start:])
	}
	return text
}

// reportedSpeechGoesOn keeps a German report's indirect speech with its
// speaker: "Ein Sprecher sagte, man prüfe den Text. Über die Ukraine werde
// nicht ohne die Ukraine entschieden." The second sentence has no
// attribution, but its Konjunktiv ("werde") says it is still the
// speaker's; it must follow a statement in the same paragraph directly.
func (x *extractor) reportedSpeechGoesOn(s string, pos int) {
	n := len(x.out)
	sp := x.lastSpeaker
	if n == 0 || x.lastSpeaker == nil || x.lastStmtSentence != x.sentenceNo-1 || x.out[n-1].Position != pos {
		// "Peskow widersprach. Moskau habe keinen Text erhalten.": the
		// sentence before named who spoke, but not what
		if x.announced == nil || x.announcedAt != x.sentenceNo-1 || x.prevSentencePara != pos {
			return
		}
		sp = x.announced
	}
	if (x.hasSpeechCue(s) || x.phraseCueBeforeComma(s)) && x.hasRoleWord(s) {
		return // "Die Historikerin X warnt davor, …: … seien …", "Die Abgeordnete X hält dagegen, …": a new speaker with her own verb (phrasecue.go)
	}
	if x.reporterLeadIn(s) || x.commaLeadIn(s) {
		return // "Das Blatt bleibt skeptisch: … zeige …" (speakof_plain.go), "Die Zeitung folgert, …" (leadclause.go)
	}
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return
		}
		i = next
		if x.lx.reportedMood[w] {
			x.emit(sp, trimSentenceEnd(s), false, pos)
			return
		}
	}
}

// callsSomething reports whether a sentence holds a verb of calling
// (verbs.json's characteriseVerbs: "ha definito il colloquio …", "назвал
// встречу …"): inside an answer it reports another's words as a say verb
// does.
func (x *extractor) callsSomething(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if lowerIn(x.lx.report.characterise, strings.Trim(w, ",.;:")) {
			return true
		}
	}
	return false
}

// speaksOf reports whether a sentence holds a verb of speaking of
// (data/morphology.json's speakOf: "hat von großen Fortschritten
// gesprochen", "ha parlato di progressi", "spoke of progress"): inside an
// answer it reports another's words as a say verb does.
func speaksOf(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if w = strings.Trim(w, ",.;:"); w != "" && speakOfVerb(lowerString(w)) {
			return true
		}
	}
	return false
}

// addresseeTail reports whether the words from toks[end] to the end of the
// sentence only say whom the words were given to: "dem Sender Fox News",
// "der „Rheinpost“", "to Fox News", "gegenüber der Zeitung".
func addresseeTail(toks []tok, end int) bool {
	if end >= len(toks) || len(toks)-end > 5 {
		return false
	}
	switch lowerWord(toks[end]) {
	case "dem", "der", "den", "gegenüber", "to", "al", "à", "au", "a", "dla":
		return true
	}
	return false
}

// participleClause handles what a sentence's subject said in a participle
// clause after a comma, the main verb being no speech verb: "He declined
// to confirm the reports, saying only that “…”", "Il ministro ha evitato
// di commentare, aggiungendo che …". The subject is a pronoun or the
// person who opens the sentence.
func (x *extractor) participleClause(s string, toks []tok, pos int) bool {
	p := x.participleAt(toks)
	if p < 0 {
		return false
	}
	// "Il ministro X …" opens with a name; "He …", "Il a refusé …" with
	// a pronoun
	sp, _ := x.openingSpeaker(s, toks, p)
	if _, ok := pronounGender[lowerWord(toks[0])]; ok && sp == nil && toks[0].trail == "" {
		sp = x.classify(toks[:1], true)
	}
	if sp != nil && sp.kind != kindPerson {
		return false
	}
	if sp == nil {
		if sp = x.participleSubject(s, toks, p); sp == nil {
			return false // "A spokesperson for the government declined …, saying"
		}
	}
	j := p + 1
	if j < len(toks)-1 && (toks[j].low == "only" || x.lx.adverbs[lowerWord(toks[j])]) {
		j++
	}
	if j < len(toks)-1 && !strings.HasPrefix(toks[j-1].trail, ",") && x.lx.thatWords[lowerWord(toks[j])] {
		j++
	} else if j < len(toks)-1 && strings.HasPrefix(toks[p].trail, ",") && x.lx.thatWords[lowerWord(toks[j])] {
		j++ // "dodając, że"
	} else if t := x.thatAfterParticiple(toks, j); t > 0 {
		j = t // "telling reporters that", "saying on X that"
	} else if !x.clauseAfterParticiple(toks, p, j) {
		return false
	}
	rest := strings.TrimSpace(s[toks[j].start:])
	if q, ok := wholeQuote(rest); ok {
		x.emit(sp, q, true, pos)
		return true
	}
	x.emit(sp, trimSentenceEnd(rest), false, pos)
	return true
}

// coordinatedSubject reads the speaker of a speech verb coordinated with
// an earlier verb of the same subject: "Zelensky, nel suo discorso, ha
// parlato di … e ha detto che …", "Merz met Macron and said that …". The
// speaker is the person who opens the sentence.
func (x *extractor) coordinatedSubject(s string, toks []tok, vi int) (*speaker, int) {
	c := x.coordBefore(toks, vi) // "e ha detto", "і водночас наголосив" (coordgap.go)
	if c < 2 || !x.lx.conjunctions[lowerWord(toks[c])] || toks[c-1].trail != "" && toks[c-1].trail != "," {
		return nil, 0 // ("He declined to set a deadline, and said only that …": a comma may stand before the conjunction)
	}
	sp, _ := x.openingSpeaker(s, toks, c)
	if sp == nil {
		sp = x.openingShort(toks, c) // "Rubio thanked … and said" (coordgap.go)
	}
	if sp == nil {
		return nil, 0
	}
	return sp, c + 1
}

// hearsay reads what someone is said to have said, in German: "Trump
// soll den Europäern gesagt haben, der Plan sei endgültig", "Trump soll
// Selenskyj geraten haben, den Plan anzunehmen". The subject stands
// before the modal, the participle and "haben," within a few words after
// it, and what was said after the comma.
func (x *extractor) hearsay(s string, toks []tok, pos int) bool {
	for m := 1; m < len(toks)-3; m++ {
		if !x.hearsayModal(toks[m].low) {
			continue
		}
		for p := m + 1; p < len(toks)-2 && p <= m+6; p++ {
			l := toks[p].low
			if !(x.lx.sayVerbs[l] || x.lx.actVerbs[l] || x.lx.hearsayParts[l]) || toks[p+1].low != "haben" || !strings.HasPrefix(toks[p+1].trail, ",") {
				if toks[p].trail != "" {
					break
				}
				continue
			}
			sp, _ := x.subjectSpan(s, toks, m)
			if sp == nil {
				return false
			}
			x.emit(sp, trimSentenceEnd(s[toks[p+2].start:]), false, pos)
			return true
		}
		return false
	}
	return false
}
