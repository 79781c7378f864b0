package corpus

import "strings"

// A paragraph that opens by naming a new person as the subject of a
// sentence that is not speech ("Ana Lucia Brandvold, a junior at …, was
// blunter.", "Die Sicherheitsexpertin Dr. Katrin Wolffsohn von der
// Stiftung … hält die Zusagen für substanziell.", "Generalul în rezervă
// Petre Sârbu s-a concentrat pe Marea Neagră.", "Le voisin du dessous,
// M. Fabre, est monté …") goes on with a pronoun's speech: "…, she
// said", "sagte sie", "a reamintit el", "Il a dit que". The mention
// readers take a name only after a title word or in a known shape, so
// for a private person they noted no one, and the pronoun went back to
// the speaker of the paragraph before (sets S Y ZB ZV ZZC ZZD ZZF: the
// stop-65 cause table). paraOpenerSubject reads the opening's subject
// as a speech verb's subject would be read and notes it as the one
// person the paragraph introduces, for subjectBefore1 (the next
// sentence's pronoun) and newcomer (a later sentence of the paragraph).

// paraOpenerMaxLead bounds the words before the name: the title and
// article ("Der Völkerrechtler Dr.", "Colonelul în rezervă").
const paraOpenerMaxLead = 6

// paraOpenerSubject notes the person a paragraph's first sentence opens
// with, when that sentence has no speech cue and no mention reader
// noted anyone in it. Called from sentence's no-cue branch.
func (x *extractor) paraOpenerSubject(s string, pos int) {
	if x.noParaOpener || x.opening.para != pos || x.opening.sentence != x.sentenceNo || x.opening.pronoun {
		return
	}
	if x.openedAt == x.sentenceNo && x.openedBy != nil {
		return
	}
	if m := x.mentionTally; m.sentence == x.sentenceNo && m.para == pos && m.count > 0 {
		// a mention reader named someone already ("Der Völkerrechtler
		// Dr. Matthias Ebersberger"): the one person it named is the
		// subject the next sentence's pronoun means
		if sp := x.mentioned[len(x.mentioned)-1]; m.count == 1 && sp.kind == kindPerson && sp.name != unnamedSpeaker && x.opensWith(s, sp) {
			x.openedBy, x.openedAt = sp, x.sentenceNo
		}
		return
	}
	if x.hasSpeechCue(s) {
		return // "Mr X submitted that …": speech read later in the document, with its speaker's honorific
	}
	head := s
	if len(head) > 240 {
		head = head[:240]
	}
	if i := strings.IndexAny(head, "“”\"«»„:;"); i >= 0 {
		head = head[:i] // a quotation or a label: not a plain subject
	}
	toks := scratchTokens(&x.scratchToks().opener, head)
	// the name: the first run of two capitalised words that are no
	// title (or a courtesy title and one), within the lead's bound
	start, end := -1, -1
	for i := 0; i < len(toks) && i <= paraOpenerMaxLead; i++ {
		t := toks[i]
		if isAbbrevTok(t) {
			continue // "Dr.", "M.": the courtesy title before the name
		}
		if !isCapital(t.word) || x.lx.isRole(lowerWord(t)) || stopCaps[t.low] {
			if strings.ContainsAny(t.trail, ".!?") {
				return
			}
			continue
		}
		n := i
		for n < len(toks) && n < i+4 && isCapital(toks[n].word) && !x.lx.isRole(lowerWord(toks[n])) && !stopCaps[toks[n].low] && !isAbbrevTok(toks[n]) {
			n++
			if toks[n-1].trail != "" {
				break
			}
		}
		if i == 0 && !givenNames()[t.low] && (n-i < 2 || n >= len(toks) || toks[n-1].trail != "," && !strings.HasPrefix(toks[n].raw, "(")) {
			// "Der", "That", "European Union": a sentence's first word is
			// capitalised anyway; a name opening it is set off by a comma
			// or a bracket. The whole run is passed over, so its tail
			// ("Corriere Adriatico Sera intervista …": "Adriatico Sera")
			// is not read as a name of its own.
			i = n - 1
			continue
		}
		titled := i > 0 && (isAbbrevTok(toks[i-1]) || x.lx.isRole(lowerWord(toks[i-1])) && toks[i-1].trail == "")
		if n-i < 2 && !titled {
			continue // one capitalised word with no title before it: a German noun, a place, a body
		}
		start, end = i, n
		break
	}
	if start < 0 || end >= len(toks) {
		return
	}
	if tr := toks[end-1].trail; tr != "," && tr != "" {
		return
	}
	if next := toks[end]; toks[end-1].trail == "" && isCapital(next.word) && !strings.HasPrefix(next.raw, "(") {
		return
	}
	if x.paraOpenerNoPerson(toks, start, end) {
		return
	}
	for _, t := range toks[:start] {
		if x.knownWord(t.word) && isCapital(t.word) {
			return // someone named before the run: the sentence is not about the newcomer
		}
	}
	words := make([]string, 0, end)
	for _, t := range toks[:end] {
		words = append(words, strings.TrimRight(t.raw, ","))
	}
	sp := x.resolvePhrase(words)
	if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker {
		return
	}
	if _, known := x.people[sp.name]; !known {
		x.people[sp.name] = sp
	}
	x.noteMention(sp)
	x.openedBy, x.openedAt = sp, x.sentenceNo
}

// isAbbrevTok reports whether a token ending in a full stop is a short
// title abbreviation ("Dr.", "M.", "Prof."), not a sentence's end.
func isAbbrevTok(t tok) bool {
	return strings.HasPrefix(t.trail, ".") && len(t.word) <= 4 && isCapital(t.word)
}

// opensWith reports whether the person's surname stands within the
// sentence's first words (the lead's bound and the name), so a person
// named later in the sentence, an object, is not taken for its subject.
func (x *extractor) opensWith(s string, sp *speaker) bool {
	f := strings.Fields(sp.name)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for i, n := 0, 0; i < len(s) && n <= paraOpenerMaxLead+3; n++ {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		i = next
		if strings.Trim(w, ",.()") == last {
			return true
		}
	}
	return false
}

// paraOpenerNoPerson reports whether the capitalised run toks[start:end]
// is no person: a run after an article or a view preposition ("The
// Fenland Courier is less kind.", "We attended the Harcourt Forum panel",
// "Per La Voce del Tanaro il vertice è fallito."), an outlet, or a body
// whose head word is in institutions.json or the group lexicons. A person
// is named after a title, not after an article; these runs are the
// sentence's object or a press review's paper, which their own readers
// (pressreview.go, viewfor.go) attribute.
func (x *extractor) paraOpenerNoPerson(toks []tok, start, end int) bool {
	if start > 0 && !isAbbrevTok(toks[start-1]) && lowerIn(protocolData().honorifics, toks[start-1].word) {
		return true // "Mr Arlo Pennant submitted that …": a hearing's or minutes' speaker, read by its own readers with the honorific's gender
	}
	if start > 0 && toks[start-1].trail == "" {
		l := lowerWord(toks[start-1])
		if definiteArticles[l] || roleArticles[l] || x.lx.viewPreps[l] {
			return true
		}
	}
	if l := lowerWord(toks[start]); definiteArticles[l] || x.lx.viewPreps[l] {
		return true
	}
	var b strings.Builder
	il := institutionData()
	for i := start; i < end; i++ {
		l := lowerWord(toks[i])
		if il.isHead(toks[i].word) || x.lx.groupNouns[l] || x.lx.bodyWords[l] {
			return true
		}
		if i > start {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].word)
	}
	return outletNamed(b.String()) != ""
}
