// Narrative infinitives: French reports go on with the last speaker in an
// infinitive of narration, "Et d'ajouter que, d'après ses interlocuteurs,
// aucun parlement ne voterait un tel texte." The infinitive is no speech
// cue of its own; the sentence is the last speaker's.

package corpus

import "strings"

// narrativeWords is data/morphology.json's narrativeInfinitive: its
// openers and its infinitives.
var narrativeWords = func() (n struct {
	openers []string
	verbs   map[string]bool
}) {
	var md struct {
		Paradigms map[string][]string            `json:"paradigms"`
		Stems     map[string]map[string][]string `json:"stems"`
		Narrative struct {
			Openers []string `json:"openers"`
			Class   string   `json:"class"`
			Ending  string   `json:"ending"`
			Others  []string `json:"others"`
		} `json:"narrativeInfinitive"`
	}
	mustUnmarshalMorphology(&md)
	n.openers = md.Narrative.Openers
	n.verbs = set(md.Narrative.Others)
	for _, stem := range md.Stems["sayVerbs"][md.Narrative.Class] {
		n.verbs[lowerString(stem+md.Narrative.Ending)] = true
	}
	return n
}()

// narrativeInfinitive emits a sentence that opens with a narrative
// infinitive and "que" as the words of the last speaker, when they spoke
// in this paragraph or the one before. It reports whether it emitted.
func (x *extractor) narrativeInfinitive(s string, pos int) bool {
	s = strings.TrimLeft(s, "»”\" ") // "… sans bataille. » Et d'ajouter …": the quotation's close
	if len(s) < 12 || (s[0] != 'E' && s[0] != 'e') {
		return false
	}
	rest := ""
	for _, o := range narrativeWords.openers {
		if len(s) > len(o) && strings.EqualFold(s[:len(o)], o) {
			rest = s[len(o):]
			break
		}
	}
	if rest == "" {
		return false
	}
	verb, after, ok := strings.Cut(rest, " ")
	if !ok || !lowerIn(narrativeWords.verbs, verb) {
		return false
	}
	what, ok := cutQue(after)
	if !ok || x.lastSpeaker == nil || !x.recent(x.lastSpeaker, 1) {
		return false
	}
	x.emit(x.lastSpeaker, trimSentenceEnd(strings.TrimLeft(what, ", ")), false, pos)
	return true
}

// cutQue returns what follows "que" or "qu'" opening s ("que, d'après …"
// too).
func cutQue(s string) (string, bool) {
	for _, q := range []string{"que ", "que,", "qu'", "qu’"} {
		if strings.HasPrefix(s, q) {
			return s[len(q):], true
		}
	}
	return "", false
}

// thisFirstWords is data/morphology.json's thisFirst.
var thisFirstWords = func() map[string]bool {
	var md struct {
		ThisFirst []string `json:"thisFirst"`
	}
	mustUnmarshalMorphology(&md)
	return set(md.ThisFirst)
}()

// thisFirst reads a verb-second sentence whose demonstrative points back
// to the sentence before as what was said: "Navo-chef Mark Rutte vindt dat
// Moskou aan zet is. Dat zei hij woensdag in Brussel." The speaker follows
// the verb, with at most an aside after it.
func (x *extractor) thisFirst(s string, toks []tok, pos int) bool {
	if len(toks) < 3 || x.prevSentence == "" || x.prevSentencePara != pos || toks[0].trail != "" || toks[1].trail != "" {
		return false
	}
	if !thisFirstWords[lowerWord(toks[0])] {
		return false
	}
	vi := 1
	if x.lx.auxiliaries[lowerWord(toks[1])] && len(toks) > 3 && toks[2].trail == "" {
		vi = 2 // "Lo ha detto il consigliere Yuri Ushakov": a compound tense
	}
	if !x.lx.sayVerbs[lowerWord(toks[vi])] {
		return false
	}
	end := vi + 2
	for end < len(toks) && toks[end-1].trail == "" && x.subjectWord(toks[end], false) && !gapOpener(toks[end]) {
		end++
	}
	sp := x.subjectAfter(toks[:end], vi+1)
	if sp == nil {
		// "… il consigliere diplomatico del Cremlino Yuri Ushakov": a
		// title with its complement before the name
		sp = x.titledNameAfter(toks, vi+1)
	}
	if sp == nil {
		return false
	}
	return x.emitPrevious(sp, pos)
}

// titledNameAfter reads a speaker given as a title, its lower-case
// complement and a full name after the verb ("il consigliere diplomatico
// del Cremlino Yuri Ushakov"), which the word-by-word subject rules stop
// reading at the complement: the name is the last two capitalised words of
// the first run of them, the words before it the title.
func (x *extractor) titledNameAfter(toks []tok, from int) *speaker {
	if from < len(toks) && roleArticles[lowerWord(toks[from])] {
		from++
	}
	for k := from + 1; k < len(toks) && k <= from+8; k++ {
		if toks[k-1].trail != "" {
			return nil
		}
		if !isCapital(toks[k].word) {
			continue
		}
		e := k + 1
		for e < len(toks) && e < k+4 && isCapital(toks[e].word) && toks[e-1].trail == "" {
			e++
		}
		if e-k < 2 {
			continue // "del Cremlino": a body in the complement
		}
		words := tokWords(toks[from : e-2])
		if !x.lx.isRole(lowerWord(toks[from])) || !x.roleLike(words) {
			return nil
		}
		sp := x.person(tokWords(toks[e-2:e]), cleanRole(strings.Join(words, " ")))
		if sp == nil || sp.kind != kindPerson {
			return nil
		}
		return sp
	}
	return nil
}

// maxVerbSecondFront bounds the words before the verb in verbSecond for
// the verb-second languages: a preposition, an article, a noun and its
// complement ("Auf die Frage nach dem Stand der Gespräche sagte …").
const maxVerbSecondFront = 9

// verbSecond reads a sentence that opens with a short time, place or
// manner phrase and puts the speech verb before its speaker, as German and
// Dutch do ("Am Mittwoch sagte Merz, die Lage sei ernst.", "Tegelijk
// waarschuwt hij dat de kern onaangeroerd is gebleven.", "Ayer dijo
// Sánchez que …"): the speaker runs from the verb to a comma or "that",
// and what was said follows.
func (x *extractor) verbSecond(s string, toks []tok, pos int) bool {
	if len(toks) < 5 {
		return false
	}
	first := lowerWord(toks[0])
	qv := x.questionFrontVerb(toks)
	fv := 0 // the verb after a longer fronted phrase (verbsecondfront.go)
	if qv == 0 {
		fv = x.verbSecondFront(toks)
	}
	if qv == 0 && !gapOpeners[first] && !x.lx.adverbs[first] && fv == 0 {
		return false
	}
	// the verb within four words of the opener; in a verb-second language
	// the fronted phrase may be longer ("Auf die Frage nach dem
	// 28-Punkte-Plan sagte Peskow, …"), the verb still right after it
	limit := 5
	if predicateData().verbSecond[x.src.Lang] {
		limit = maxVerbSecondFront
	}
	vi := 1
	if qv > 0 {
		vi = qv // "Auf die Frage, ob …, sagte Merz": the question is a clause of its own (askedaside.go)
	} else if fv > 0 {
		vi = fv // "Fünf Tage später, nach dem Treffen, sagt sein Berater X, …" (verbsecondfront.go)
	} else {
		for vi < limit && vi < len(toks) && toks[vi-1].trail == "" && !x.lx.sayVerbs[lowerWord(toks[vi])] {
			vi++
		}
		if vi >= limit || toks[vi-1].trail != "" {
			return false
		}
	}
	if vi >= len(toks)-2 || toks[vi].trail != "" || !x.lx.sayVerbs[lowerWord(toks[vi])] {
		return false
	}
	e := vi + 1 // the speaker's last word
	for e < len(toks)-1 && e < vi+6 && toks[e].trail == "" && !x.lx.thatWords[lowerWord(toks[e+1])] {
		e++
	}
	if e >= len(toks)-1 {
		return false
	}
	from := e + 1
	switch {
	case toks[e].trail == "," && x.lx.thatWords[lowerWord(toks[from])] && from+1 < len(toks):
		from++ // "betonte er, dass …"
	case toks[e].trail == ",":
	case toks[e].trail == ":": // "Auf die Frage nach dem Plan sagte Merz: Das ist …"
	case toks[e].trail == "" && x.lx.thatWords[lowerWord(toks[from])] && from+1 < len(toks):
		from++ // "waarschuwt hij dat …"
	default:
		return false
	}
	last := e // the speaker's phrase, with an apposition after the name
	if toks[e].trail == "," && !x.lx.thatWords[lowerWord(toks[from])] {
		if k, f := x.appositionThat(toks, e); f > 0 {
			last, from = k, f // "schreef X, de Russische gezant, op Telegram dat …" (apposthat.go)
		}
	}
	sp := x.subjectAfter(toks[:last+1], vi+1)
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[toks[from].start:]), false, pos)
	return true
}
