// Attributions that name the speaker in a phrase of their own rather than
// as the subject of a verb: "according to X", "По словам X", "In his
// view", "Как заявил X, …", "Об этом сообщил X", "X was quoted as saying".

package corpus

import (
	"strings"
)

// according handles "According to X, ..." and "..., according to X."
func (x *extractor) according(s string, toks []tok, pos int) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].low != "according" || toks[i+1].low != "to" {
			continue
		}
		j := i + 2
		end := j
		for end < len(toks) && toks[end].trail == "" {
			end++
		}
		if end >= len(toks) {
			end = len(toks) - 1
		}
		if i == 0 && commaMark(toks[end].trail) {
			if sp, k := x.accordingAppositive(s, toks, i+1, end); sp != nil {
				x.emit(sp, trimSentenceEnd(s[toks[k+1].start:]), false, pos) // "According to the spokesman for the Kremlin, Dmitry Peskov, …" (accordingappos.go)
				return true
			}
		}
		phrase := toks[j : end+1]
		sp := x.attributedTo(phrase)
		if sp == nil && i == 0 {
			sp = x.bareSources(phrase) // "According to participants, …" (closing a sentence it sources a fact)
		}
		if sp == nil {
			return false
		}
		var text string
		if i == 0 {
			if end+1 >= len(toks) {
				return false
			}
			end = x.accordingApposition(toks, end) // "According to Dmitry Peskov, the Kremlin spokesman, Moscow …"
			text = trimSentenceEnd(s[toks[end+1].start:])
		} else if accordingEnclosed(toks, i, end) {
			text = aroundAttribution(s, toks, i-1, end+1) // "The text, according to two officials, is shorter" (accordingmid.go)
		} else {
			text = strings.TrimRight(strings.TrimSpace(s[:toks[i].start]), ",;: ")
		}
		x.emit(sp, text, false, pos)
		return true
	}
	return false
}

// lastSpeakerRecent reports whether someone spoke in the last two
// sentences, so a title with its article can point back to them.
func (x *extractor) lastSpeakerRecent() bool {
	n := len(x.speakers)
	return n > 0 && x.recent(x.speakers[n-1], 2)
}

// attributedTo resolves the X of "according to X": a person or body, or a
// joint statement of the last parties that spoke together.
func (x *extractor) attributedTo(phrase []tok) *speaker {
	words := make([]string, len(phrase))
	low := make([]string, len(phrase))
	for i, t := range phrase {
		words[i], low[i] = t.word, t.low
	}
	if namesJointStatement(low) {
		return x.jointSpeaker()
	}
	if aboutDocument(low) {
		return nil // "according to the draft seen by X": the draft's terms, not X's words
	}
	if aboutRecord(low) {
		return nil // "according to a transcript published by his office": another's words passed on (recordsource.go)
	}
	// "a statement from the State Department", "sources close to X" are not named
	for k := range low {
		if (low[k] == "from" || low[k] == "by") && k+1 < len(low) {
			return x.classify(phrase[k+1:], false)
		}
	}
	if len(low) > 0 && (low[0] == "a" || low[0] == "an") {
		return nil
	}
	return x.classify(phrase, false)
}

// accordingOther handles "according to X" in other languages at the start
// of a sentence (the lexicon's accordingWords: "По его словам", "За його
// словами", "Selon lui", "Secondo lei", "Según X", "Laut Peskow", "Według
// niego", "Zdaniem X", "Nach Angaben von Diplomaten"). The X runs to the
// comma; where the language writes none ("Według Zielińskiego rozmowy
// potrwają"), over the capitalised words after the cue.
func (x *extractor) accordingOther(s string, toks []tok, pos int) bool {
	if pt := x.accordingPhraseToks(toks); pt != nil {
		toks = pt // "De acordo com X, …", "Κατά τον X, …" (accordingphrase.go)
	}
	if c := accordingAfterColon(toks, x.lx.according); c > 0 {
		toks = toks[c:] // "Meloni ne change pas de ligne : selon Rome, aucun soldat …" (capitals.go)
	}
	if sp, j := x.accordingFinite(s, toks); sp != nil {
		x.emit(sp, trimSentenceEnd(s[toks[j].start:]), false, pos) // "Volgens de ambassadeur in Den Haag staat Kyiv …" (accordingfinite.go)
		return true
	}
	end := -1
	cue := -1
	for k := 0; k < len(toks) && k < 10; k++ {
		if cue < 0 && x.lx.according[lowerWord(toks[k])] {
			cue = k
		}
		if commaMark(toks[k].trail) {
			end = k
			break
		}
	}
	if cue < 0 {
		return x.accordingTrailing(s, toks, pos)
	}
	if end > cue && (cue == 0 || cue == 1 && accordingLead[lowerWord(toks[0])]) {
		if sp, k := x.accordingAppositive(s, toks, cue, end); sp != nil {
			x.emit(sp, trimSentenceEnd(s[toks[k+1].start:]), false, pos) // "Menurut analis X, Bambang Setiadi, …" (accordingappos.go)
			return true
		}
	}
	if cue+2 < len(toks) && pronounGender[lowerWord(toks[cue+1])] != "" && !accordingArticles[lowerWord(toks[cue+1])] && (cue == 0 || cue == 1 && accordingLead[lowerWord(toks[0])]) {
		end = cue + 1 // "Według niej najważniejsze jest …", "Secondo lui il piano …" (not the article of "Secondo il ministro", a pronoun in French)
	}
	casedTitle := false
	if end < 0 && (cue == 0 || cue == 1 && accordingLead[lowerWord(toks[0])]) {
		// no comma: the name is the capitalised words after the cue
		// ("Według Zielińskiego rozmowy …", "Nach Angaben von
		// Diplomaten soll …")
		k := cue + 1
		if k < len(toks) && (particles[toks[k].low] || accordingArticles[lowerWord(toks[k])]) {
			k++ // "По думите на Мария Петрова …"
		}
		k = x.titleBeforeName(toks, k) // "Enligt statsminister Erik Sandberg kommer …" (titlefirst.go)
		if n := x.casedTitleBeforeName(toks, k); n > k {
			k, casedTitle = n, true // "Podle premiéra Jana Nováka budou …" (accordingrole.go)
		}
		first := k
		parts := 0 // "Volgens Jan de Vries": the particles inside the name (particlename.go)
		for k < len(toks) && k < first+3+parts && toks[k].trail == "" {
			if !isCapital(toks[k].word) {
				if parts > 2 || !x.particleInNameFrom(toks, first, k) {
					break
				}
				parts++
			}
			k++
		}
		if k > first+1 && x.knownName(toks[first].word) {
			// "Według Nowickiego Polska popiera …": the capital after a
			// name known from before starts the clause
			end = first
		} else if k > first+2 && x.knownName(toks[first].word+" "+toks[first+1].word) {
			end = first + 1 // "Według Wołodymyra Zełenskiego Ukraina …"
		} else if k > first && k < len(toks)-1 && !isCapital(toks[k].word) {
			end = k - 1
		} else if e := x.nameAfterTitle(toks, first-1); e >= first {
			end = e // "Według rzecznika Kremla Dmitrija Pieskowa Moskwa …": the clause opens on a capital too
		}
	}
	f := cue + 1
	if f+1 < len(toks) && toks[f].trail == "" && accordingArticles[lowerWord(toks[f])] && !isCapital(toks[f+1].word) {
		f++ // "Secondo il consigliere, …": the title after its article
	}
	if !casedTitle && (cue == 0 || cue == 1 && accordingLead[lowerWord(toks[0])]) && f < len(toks)-2 && (end < 0 || end > f+2) && toks[f].trail == "" && !isCapital(toks[f].word) && (x.isBackRef(lowerWord(toks[f])) || roleSynonyms()[lowerWord(toks[f])] != nil || x.obliqueTitleOpens(toks, f)) && !x.nameClosesTitle(toks, f, end) {
		// "Według rzecznika obaj ministrowie zgodzili się, że …", "По
		// словам представителя МИД …": a title in its case (and the
		// acronym of its office), or another word for a title
		// ("Według ekspertki rozejm …", rolesynonyms.json), the clause
		// right after it; a comma
		// within two words closes the title's own complement ("По
		// словам пресс-секретаря президента, …")
		end = f
		for end+2 < len(toks) && isAllCaps(toks[end+1].word) && toks[end].trail == "" {
			end++
		}
		if toks[end].trail == "" {
			end = x.nameAfterTitle(toks, end) // "Zdaniem szefa MSZ Radosława Sikorskiego Europa …": the holder named after the title
		}
	}
	unnamed := false
	if end < 0 && (cue == 0 || cue == 1 && accordingLead[lowerWord(toks[0])]) {
		end, unnamed = genitiveAccordingEnd(toks, cue) // "Nach Angaben eines Diplomaten ist …" (accordinggenitive.go)
		oblique := false
		if end < 0 {
			end = x.obliqueSourceEnd(toks, cue) // "Podle nejmenovaného diplomata z Bruselu se …" (accordingoblique.go)
			unnamed, oblique = end >= 0, end >= 0
		}
		if end >= 0 && x.clauseOnDocument(toks, end+1) {
			return false // "Nach Angaben aus Delegationskreisen sieht der Entwurf vor, …": the draft's terms
		}
		if sp := x.interlocutorBack(toks, cue, end); oblique && sp != nil {
			x.emit(sp, trimSentenceEnd(s[toks[end+1].start:]), false, pos) // "Według rozmówcy AIW …" after the expert's quote (accordingoblique.go)
			return true
		}
	}
	if end < 0 || end+1 >= len(toks) {
		return false
	}
	var phrase []tok
	article := false // an article stood before the phrase
	for _, t := range toks[:end+1] {
		l := lowerWord(t)
		switch {
		case x.lx.according[l] || accordingLead[l] || l == "von":
			continue
		case len(phrase) == 0 && accordingArticles[l]:
			article = true
			continue // "A juicio de la analista"
		case x.lx.isUnnamed(l):
			unnamed = true
		}
		phrase = append(phrase, t)
	}
	if unnamed && len(phrase) > 2 && x.nameClosesTitle(phrase, 0, len(phrase)-1) {
		unnamed = false // "Secondo il consigliere del Cremlino Yuri Ushakov, …": a named adviser
	}
	if unnamed && article && len(phrase) == 1 && x.isBackRef(lowerWord(phrase[0])) && x.lastSpeakerRecent() {
		unnamed = false // "Secondo il consigliere, …" after Ushakov spoke: he, not an unnamed adviser
	}
	if len(phrase) == 0 || aboutDocument([]string{lowerWord(phrase[0])}) {
		return false // "Según el documento presentado por X, …": the document's terms
	}
	var sp *speaker
	if unnamed {
		sp = &speaker{name: unnamedSpeaker, role: cleanRole(s[phrase[0].start : phrase[len(phrase)-1].start+len(phrase[len(phrase)-1].word)]), kind: kindGroup}
	} else if u := x.lastUnnamed; u != nil && x.recent(u, 1) && oneOfThem(phrase) {
		sp = u // "За словами одного з них": one of the sources just cited
	} else {
		x.oblique = true // the name after the cue is in its case ("Według Tomasza Wójcika")
		sp = x.classify(phrase, false)
		x.oblique = false
	}
	if sp == nil {
		return false
	}
	if !unnamed {
		end = x.accordingApposition(toks, end) // "Selon Dmitri Peskov, porte-parole du Kremlin, Moscou …"
	}
	x.emit(sp, trimSentenceEnd(s[toks[end+1].start:]), false, pos)
	return true
}

// accordingApposition is the index of the comma closing a title set off
// after the named source of an opening "according to" phrase ("According
// to Dmitry Peskov, the Kremlin spokesman, Moscow …", "Volgens Joeri
// Oesjakov, de buitenlandadviseur van Poetin, is er …", "По словам
// Дмитрия Пескова, пресс-секретаря Кремля, Москва …"; stop 65): what was
// said begins after it, not at the title. It is end, the source's comma,
// when no such title follows: the apposition must hold a role word and
// no speech verb, and words must follow it.
func (x *extractor) accordingApposition(toks []tok, end int) int {
	j := x.skipApposition(toks, end)
	if j == end || j+2 >= len(toks) {
		return end
	}
	role := false
	for _, t := range toks[end+1 : j+1] {
		l := lowerWord(t)
		if x.lx.sayVerbs[l] || x.lx.thatWords[l] || x.lx.according[l] {
			return end
		}
		if x.lx.isRole(l) {
			role = true
		}
	}
	if !role {
		return end
	}
	return j
}

// nameClosesTitle reports whether the phrase of an according-to cue,
// from its title at f to the comma at end, closes on a known name: "Selon
// le porte-parole du Kremlin Dmitri Peskov, …", "По словам помощника
// президента Юрия Ушакова, …". The title, its complement and the name are
// then one phrase, not a title with the clause right after it.
func (x *extractor) nameClosesTitle(toks []tok, f, end int) bool {
	if end < 0 || end < f+2 || end >= len(toks) || !isCapital(toks[end].word) {
		return false
	}
	if x.knownName(toks[end].word) {
		return true
	}
	return isCapital(toks[end-1].word) && x.knownName(toks[end-1].word+" "+toks[end].word)
}

// nameAfterTitle returns the index of the last word of a known name that
// follows, with no comma, a title ending at toks[e]: up to four capitalised
// words, an institution in its case first or not ("rzecznika | Kremla
// Dmitrija Pieskowa", "szefa MSZ | Radosława Sikorskiego"), with words of
// a clause after them. The first name that reads as someone known, in
// any case, ends it, so a clause that opens on a capital ("… Pieskowa
// Moskwa nie otrzymała …") is not taken into the name; a clause opening
// on another known name is left to it. It returns e when no known name
// follows.
func (x *extractor) nameAfterTitle(toks []tok, e int) int {
	for m := e + 1; m < len(toks)-1 && m <= e+4 && isCapital(toks[m].word); m++ {
		if m > e+1 && x.knownName(toks[m-1].word+" "+toks[m].word) {
			return m
		}
		if x.knownName(toks[m].word) {
			if toks[m].trail == "" && m+1 < len(toks)-1 && isCapital(toks[m+1].word) && x.knownName(toks[m].word+" "+toks[m+1].word) {
				return m + 1 // "Dmitrija | Pieskowa": the given name known alone, the two together
			}
			return m
		}
		if toks[m].trail != "" {
			break
		}
	}
	return e
}

// nameEnds reports whether toks from from to the sentence's end are one
// to three capitalised words naming someone known: the name after a
// title's comma that closes the sentence ("…, según el portavoz del
// Kremlin, Dmitri Peskov.").
func (x *extractor) nameEnds(toks []tok, from int) bool {
	n := len(toks) - from
	if n < 1 || n > 3 {
		return false
	}
	for _, t := range toks[from : len(toks)-1] {
		if t.trail != "" || !isCapital(t.word) {
			return false
		}
	}
	if !isCapital(toks[len(toks)-1].word) {
		return false
	}
	return x.nameClosesTitle(toks, from-2, len(toks)-1)
}

// accordingLead are the words before an accordingWord: "По словам", "За
// словами", "Nach Angaben".
var accordingLead = map[string]bool{"по": true, "за": true, "на": true, "nach": true, "d'après": true, "a": true, "en": true}

// documentHeads name a document at the head of an "according to" phrase:
// "según el documento presentado por X", "according to the draft seen by
// X". What follows is what the document sets out, not what X said.
var documentHeads = grammarSet("documentHeads")

// aboutDocument reports whether an "according to" phrase, in lower case,
// names a document first (after an article).
func aboutDocument(low []string) bool {
	for _, l := range low {
		switch l {
		case "the", "a", "an", "el", "la", "il", "lo", "le", "der", "die", "das", "dem", "den", "des":
			continue
		}
		return documentHeads[l]
	}
	return false
}

// accordingArticles stand between "A juicio" and whose view it is: "A
// juicio de la analista", "a giudizio del ministro".
var accordingArticles = grammarSet("accordingArticles")

// knownName reports whether a lone word names someone the document has
// named before, in any grammatical case.
func (x *extractor) knownName(w string) bool {
	l := lowerString(w)
	if _, ok := x.short[l]; ok {
		return true
	}
	if _, ok := x.lx.people[l]; ok {
		return true
	}
	return x.inflectedName(strings.Fields(w)) != ""
}

// accordingTrailing handles "according to X" of other languages closing a
// sentence: "…, según Olmedo.", "…, по словам Семёнова.", "…, secondo fonti
// diplomatiche."
func (x *extractor) accordingTrailing(s string, toks []tok, pos int) bool {
	for k := len(toks) - 2; k > 0; k-- {
		if l := lowerWord(toks[k]); !x.lx.speechCues.has(wordKey(l)) || !x.lx.according[l] { // (the filter holds them)
			continue
		}
		c := k - 1
		if l := lowerWord(toks[c]); (l == "по" || l == "за") && c > 0 {
			c--
		}
		if !strings.HasPrefix(toks[c].trail, ",") {
			return false
		}
		phrase := toks[k+1:]
		after := "" // what was said after an aside: "…, según varios diplomáticos, serán …"
		for e := k + 1; e < len(toks)-2 && e <= k+6; e++ {
			if toks[e].trail != "" {
				if toks[e].trail == "," {
					phrase, after = toks[k+1:e+1], trimSentenceEnd(s[toks[e+1].start:])
				}
				break
			}
		}
		if after != "" && x.nameEnds(toks, k+1+len(phrase)) {
			phrase, after = toks[k+1:], "" // "…, selon le porte-parole du Kremlin, Dmitri Peskov.": the name is the title's
		}
		if after == "" && k < len(toks)-9 {
			continue // too far from the end to close the sentence
		}
		phrase = x.dropLeadVerb(phrase) // "según confirmó un portavoz" (accordingverb.go)
		if relativeOpens(phrase) {
			return false // "…, según el cual EE UU … darían …": a point's terms, not a speaker (pullquote.go's objectRelatives)
		}
		unnamed := false
		for _, t := range phrase {
			if x.lx.isUnnamed(lowerWord(t)) {
				unnamed = true
			}
		}
		if unnamed && len(phrase) > 2 && x.nameClosesTitle(phrase, 0, len(phrase)-1) {
			unnamed = false // "…, secondo il consigliere del Cremlino Yuri Ushakov."
		}
		var sp *speaker
		if unnamed {
			last := phrase[len(phrase)-1]
			sp = &speaker{name: unnamedSpeaker, role: cleanRole(s[phrase[0].start : last.start+len(last.word)]), kind: kindGroup}
		} else if len(phrase) == 1 && pronounGender[lowerWord(phrase[0])] != "" {
			sp = x.pronounHolder(s, toks, c+1, lowerWord(phrase[0])) // "…, según él, …" (ownsubject.go)
		} else {
			sp = x.classify(phrase, false)
		}
		if sp == nil {
			return false
		}
		if after != "" && x.capitalInsideSpeech(sp, toks[:c]) {
			return false // "Ma ha aggiunto …: …, secondo Mosca, …": the speaker's own frame (capitals.go)
		}
		text := trimSentenceEnd(s[:toks[c].start+len(toks[c].raw)-len(toks[c].trail)])
		if after != "" && c > 0 && x.lx.thatWords[lowerWord(toks[c])] && x.lx.sayVerbs[lowerWord(toks[c-1])] {
			text = "" // "Ткачук додав, що, за словами Умєрова, …": the relayer's frame is no part of what was said (relayaccording.go)
		}
		if after != "" {
			text = strings.TrimSpace(text + " " + after)
		}
		x.emit(sp, text, false, pos)
		return true
	}
	return false
}

// asClause handles an attribution that opens the sentence with "as" in
// the languages that write it so: "Как заявил журналистам X, …", "Як
// заявив X, …", "Come ha spiegato X, …", "Como dijo X, …", "Jak powiedział
// X, …". What follows the comma was said.
func (x *extractor) asClause(s string, toks []tok, pos int) bool {
	if len(toks) < 4 || !x.lx.asWords[lowerWord(toks[0])] {
		return false
	}
	vi := 1
	if x.lx.auxiliaries[toks[vi].low] || postVerbClitics[x.src.Lang][toks[vi].raw] {
		vi++ // "Come ha spiegato X", "Kako je rekao X": the clitic stands second in the clause
	}
	if !x.lx.sayVerbs[lowerWord(toks[vi])] {
		return false
	}
	if strings.HasPrefix(toks[vi].trail, ",") && vi+1 < len(toks) {
		// "Jak zaznaczył, Polska nie będzie …", "Как отметил, …": the
		// subject left out, the last speaker goes on
		if sp := x.droppedSubject(lowerWord(toks[vi])); sp != nil {
			x.emit(sp, trimSentenceEnd(s[toks[vi+1].start:]), false, pos)
			return true
		}
		return false
	}
	end := -1
	for k := vi + 1; k < len(toks) && k <= vi+9; k++ {
		if strings.HasPrefix(toks[k].trail, ",") {
			end = k
			break
		}
	}
	if end < 0 || end+1 >= len(toks) {
		return false
	}
	from := vi + 1
	if x.lx.addressees[lowerWord(toks[from])] {
		from++
	}
	if from > end {
		// "Как сообщил журналистам, …", "Come ha detto ai cronisti, …":
		// the addressee is all there is, so the subject was left out
		// and the last speaker goes on
		if sp := x.droppedSubject(lowerWord(toks[vi])); sp != nil {
			x.emit(sp, trimSentenceEnd(s[toks[end+1].start:]), false, pos)
			return true
		}
		return false
	}
	who := toks[from : end+1]
	for m := from + 1; m <= end; m++ {
		if x.opensGapBefore(toks[m]) && isCapital(toks[m-1].word) && toks[m-1].trail == "" {
			who = toks[from:m] // "Как отметил Зеленский | в вечернем обращении,", "Come ha spiegato Tajani | a Bruxelles,": where and when, not who
			break
		}
	}
	sp := x.unnamedPhrase(who)
	if sp == nil {
		sp = x.classify(who, false)
	}
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[toks[end+1].start:]), false, pos)
	return true
}

// thisRef handles an attribution that points back to the sentence before:
// "Об этом сообщил журналистам сенатор X.", "Про це також повідомили
// джерела в уряді.", "Lo ha detto X." The sentence before, in the same or
// the previous paragraph, is what was said.
func (x *extractor) thisRef(s string, toks []tok, pos int) bool {
	if len(toks) < 3 || x.prevSentence == "" || x.prevSentencePara < pos-1 {
		return false
	}
	vi := 2
	switch {
	case x.lx.thisRefs[lowerWord(toks[0])+" "+lowerWord(toks[1])]:
	case len(toks) > 4 && x.lx.thisRefs[lowerWord(toks[0])+" "+lowerWord(toks[1])+" "+lowerWord(toks[2])]:
		vi = 3 // "C'est ce qu'a déclaré X.", "Foi o que afirmou X."
	case toks[0].trail == "" && x.lx.thisRefs[lowerWord(toks[0])] && x.lx.sayVerbs[lowerWord(toks[1])]:
		vi = 1 // one word right before the verb: "Това заяви X.", "Det säger X."
	default:
		return x.thisAfterVerb(toks, pos)
	}
	for vi < len(toks)-1 && (x.lx.adverbs[lowerWord(toks[vi])] || x.lx.auxiliaries[toks[vi].low] || accordingFillers[lowerWord(toks[vi])] || x.lx.addressees[lowerWord(toks[vi])] && toks[vi].trail == "" && x.lx.sayVerbs[lowerWord(toks[vi+1])]) {
		vi++ // (and whom it was said to, before the verb: "Об этом журналистам заявил X")
	}
	if !x.lx.sayVerbs[lowerWord(toks[vi])] || toks[vi].trail != "" {
		// "Про це Президент України Володимир Зеленський заявив …": the
		// speaker before the verb
		for v := vi + 1; v < len(toks) && v <= vi+8; v++ {
			if x.lx.sayVerbs[lowerWord(toks[v])] {
				if sp, start := x.subjectSpan(s, toks, v); sp != nil && start >= vi {
					return x.emitPrevious(sp, pos)
				}
				return false
			}
			if toks[v].trail != "" {
				return false
			}
		}
		return false
	}
	from := vi + 1
	if from < len(toks) && x.lx.addressees[lowerWord(toks[from])] {
		from++
	}
	if from >= len(toks) {
		return false
	}
	sp := x.unnamedPhrase(toks[from:])
	if sp == nil {
		sp = x.subjectAfter(toks, from)
	}
	if sp == nil {
		return false
	}
	return x.emitPrevious(sp, pos)
}

// emitPrevious gives the sentence before to sp ("… . Об этом заявил X."),
// unless it is already someone's statement.
func (x *extractor) emitPrevious(sp *speaker, pos int) bool {
	prev := x.prevSentence
	if n := len(x.out); n > 0 && x.out[n-1].Position >= x.prevSentencePara && strings.Contains(prev, x.out[n-1].Text) {
		// the sentence before is already someone's statement: "Про це
		// Умєров написав у Telegram" says only where, and is no
		// statement of its own
		return true
	}
	x.emit(sp, trimQuote(trimSentenceEnd(prev)), false, pos)
	return true
}

// accordingFillers are the "also" words that may stand before the verb of
// a back-pointing attribution ("Про це також повідомили …").
var accordingFillers = map[string]bool{"также": true, "також": true, "też": true, "także": true, "anche": true, "también": true, "also": true}

// quotedBy handles "X was quoted by The Washington Post as saying (that)
// ...": the outlet is where it was reported, X the speaker. The outlet
// may be left out or named with "in" ("X was quoted as saying …", "X were
// quoted in Kommersant as saying …", "X is quoted as telling …": stop 65).
func (x *extractor) quotedBy(s string, toks []tok, pos int) bool {
	for k := 1; k+3 < len(toks); k++ {
		if toks[k+1].low != "quoted" || !quotedAux[toks[k].low] || !quotedLink[toks[k+2].low] {
			continue
		}
		as := -1
		for m := k + 2; m+1 < len(toks) && m < k+10; m++ {
			if toks[m].low == "as" && (toks[m+1].low == "saying" || toks[m+1].low == "telling") {
				as = m + 2
				break
			}
		}
		if as < 0 || as >= len(toks) {
			return false
		}
		sp, _ := x.subjectSpan(s, toks, k)
		if sp == nil {
			return false
		}
		if x.lx.thatWords[toks[as].low] && as+1 < len(toks) {
			as++
		}
		rest := strings.TrimSpace(s[toks[as].start:])
		if q, ok := wholeQuote(rest); ok {
			x.emit(sp, q, true, pos)
		} else {
			x.emit(sp, trimSentenceEnd(rest), false, pos)
		}
		return true
	}
	return false
}

// quotedAux and quotedLink are the words around "quoted" in "X was quoted
// by/in … as saying" and "X was quoted as saying": the auxiliary before,
// the word after.
var (
	quotedAux  = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true}
	quotedLink = map[string]bool{"by": true, "in": true, "as": true}
)

// inTheirView handles a sentence that opens with whose view it gives: "In
// his view, the sides will first agree …", "Jego zdaniem plan jest zły",
// "A su juicio, …". The pronoun resolves as in "he said"; a phrase with no
// pronoun ("a su juicio") stands for the last person who spoke.
func (x *extractor) inTheirView(s string, toks []tok, pos int) bool {
	if len(toks) < 4 {
		return false
	}
	if x.viewInside(s, toks, pos) {
		return true
	}
	for o := 0; o <= x.viewOpenerSkip(toks); o++ {
		sp, at, found := x.viewAt(toks, o)
		if !found {
			continue
		}
		if sp == nil {
			return false
		}
		x.emit(sp, trimSentenceEnd(s[toks[at].start:]), false, pos) // (emitted here: the reading is inTheirView)
		return true
	}
	return false
}

// viewAt looks for a view phrase of two or three words at toks[o]: whose
// view the rest of the sentence is (nil when no one fits), the token it
// starts at, and whether a phrase was there at all.
func (x *extractor) viewAt(toks []tok, o int) (*speaker, int, bool) {
	for n := 2; n <= 3 && o+n < len(toks); n++ {
		var buf [64]byte // the phrase on the stack: views[string(b)] copies nothing
		b := buf[:0]
		for i := range n {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, lowerWord(toks[o+i])...)
		}
		pron, ok := x.lx.views[string(b)]
		if !ok {
			continue
		}
		var sp *speaker
		if pron != "" {
			sp = x.classify([]tok{{raw: pron, word: pron, low: pron}}, false)
		} else if sb := x.paragraphSubject(); sb != nil && sb.kind == kindPerson {
			sp = sb // "El coronel X discrepó. A su juicio, …": the person the paragraph just opened with, not the last guest
		} else if x.lastSpeaker != nil && x.recent(x.lastSpeaker, 1) {
			sp = x.lastSpeaker // "A su juicio, …": whoever spoke last, a source too
		}
		return sp, o + n, true
	}
	return nil, 0, false
}

// viewOpenerSkip is how many words stand before a view phrase that opens
// the sentence: one sentence adverb written without a comma ("Zároveň
// podle něj platí, že …", "Inoltre secondo lui …"), else none. With a
// comma the phrase is viewInside's.
func (x *extractor) viewOpenerSkip(toks []tok) int {
	if len(toks) > 4 && toks[0].trail == "" && x.lx.adverbs[lowerWord(toks[0])] {
		return 1
	}
	return 0
}

// viewInside handles a view phrase between commas inside the sentence:
// "Европейский вариант, по его словам, «совершенно неконструктивный»",
// "The plan, in her view, is dead". What was said is the sentence as
// written, the phrase kept (stop 35: the report's own words).
func (x *extractor) viewInside(s string, toks []tok, pos int) bool {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].trail != "," {
			continue
		}
		for n := 2; n <= 3 && i+n < len(toks); n++ {
			if toks[i+n-1].trail != "," {
				continue
			}
			var b strings.Builder
			for k := i; k < i+n; k++ {
				if k > i {
					b.WriteByte(' ')
				}
				b.WriteString(lowerWord(toks[k]))
			}
			pron, ok := x.lx.views[b.String()]
			if !ok || pron == "" {
				continue
			}
			if x.saidBeforeView(toks[:i]) {
				return false // "X tells a reporter that Thursday is, in his view, …": X's own verb reads it, aside kept
			}
			sp := x.pronounHolder(s, toks, i, pron) // "Zelensky a salué un texte devenu, selon lui, …" (ownsubject.go)
			if sp == nil {
				return false
			}
			// the sentence as written, the phrase kept: a quotation of the
			// report is its own words, and a reader sees whose view it is
			// ("Некоторые предложения, по его словам, выглядят …")
			x.emit(sp, trimSentenceEnd(s), false, pos)
			return true
		}
	}
	return false
}

// asAside handles an "as X said" set off inside the sentence by commas or
// dashes: "Его участие, как выразился кремлевский представитель,
// добавило …", "bo – jak przyznają nasi rozmówcy w rządzie – nikt nie …",
// "The text, as one diplomat put it, is a wish list". The sentence
// without the aside is what X said.
func (x *extractor) asAside(s string, toks []tok, pos int) bool {
	if x.asOpener(s, toks, pos) || x.perOpener(s, pos) {
		return true // "As one official put it to us, …", "Per two people briefed on it, …"
	}
	for k := 1; k+3 < len(toks); k++ {
		dash := isDashTok(toks[k-1])
		if !dash && !strings.HasPrefix(toks[k-1].trail, ",") || !x.lx.asWords[lowerWord(toks[k])] {
			continue
		}
		speech := func(t tok) bool {
			v := lowerWord(t)
			return x.lx.sayVerbs[v] || x.lx.asideVerbs[v] || v == "put" && t.trail == "" // "as one diplomat put it"
		}
		vi := k + 1
		if (toks[vi].low == "le" || toks[vi].low == "lo") && speech(toks[vi+1]) {
			vi++ // "comme le dit un diplomate", "come lo definisce X"
		}
		if x.lx.auxiliaries[toks[vi].low] {
			vi++
		}
		var phrase []tok
		after := -1
		if speech(toks[vi]) {
			// "как выразился кремлевский представитель,": the speaker
			// after the verb
			end := -1
			for e := vi + 1; e < len(toks)-1 && e <= vi+8; e++ {
				if isDashTok(toks[e]) {
					end, after = e-1, e+1
					break
				}
				if strings.HasPrefix(toks[e].trail, ",") {
					end, after = e, e+1
					break
				}
			}
			if end < 0 && len(toks)-1 > vi && len(toks)-1 <= vi+8 {
				end, after = len(toks)-1, len(toks) // "…, comme l'a redit Giorgia Meloni.": the aside closes the sentence
			}
			if end <= vi {
				continue
			}
			phrase = toks[vi+1 : end+1]
		} else {
			// "as one diplomat put it,": the speaker before the verb
			v := k + 1
			for v < len(toks)-1 && v <= k+5 && !speech(toks[v]) && toks[v].trail == "" {
				v++
			}
			if v == k+1 || v >= len(toks) || !speech(toks[v]) {
				continue
			}
			e := v
			if toks[e].trail == "" && e+1 < len(toks) && toks[e+1].low == "it" {
				e++
			}
			switch {
			case e == len(toks)-1:
				after = len(toks) // "…, as Keir Starmer put it.": the aside closes the sentence
			case strings.HasPrefix(toks[e].trail, ","):
				after = e + 1
			case e+1 < len(toks) && isDashTok(toks[e+1]):
				after = e + 2
			default:
				continue
			}
			phrase = toks[k+1 : v]
		}
		if after < 0 || after > len(toks) || after == len(toks) && k < 3 {
			continue
		}
		sp := x.asSpeaker(s, phrase)
		if sp == nil {
			continue
		}
		head := s[:toks[k-1].start]
		if !dash {
			head = s[:toks[k-1].start+len(toks[k-1].raw)-len(toks[k-1].trail)]
		}
		if after == len(toks) {
			x.emit(sp, strings.TrimSpace(head), false, pos) // the aside closes the sentence: what was said is all before it (stop 65)
			return true
		}
		x.emit(sp, strings.TrimSpace(head)+" "+trimSentenceEnd(s[toks[after].start:]), false, pos)
		return true
	}
	return false
}

// isDashTok reports whether a token is a dash standing alone.
func isDashTok(t tok) bool {
	return t.raw == "–" || t.raw == "—" || t.raw == "-"
}

// relativeOpens reports whether a phrase after an according word opens
// with a relative pronoun, after its article or not ("el cual", "la
// quale", "which"): "según el cual …" gives what a text or point holds,
// the noun before it, and names nobody.
func relativeOpens(phrase []tok) bool {
	for k := 0; k < len(phrase) && k < 2; k++ {
		l := lowerWord(phrase[k])
		if objectRelatives[l] || speakerRelatives[l] {
			return true
		}
		if !accordingArticles[l] {
			return false
		}
	}
	return false
}
