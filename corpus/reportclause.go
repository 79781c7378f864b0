// The reporting-clause reader: one fallback for indirect speech without
// quotation marks that the phrase-by-phrase rules before it left unread.
// It runs only on a sentence that gave no statement, after the second
// reading without asides, and recognises the shapes every language
// builds a report from, with its words taken from the lexicons
// (sayVerbs, actVerbs, thatWords, auxiliaries, asWords and the lists of
// verbs.json it adds: characteriseVerbs, perfectAuxiliaries,
// passiveAuxiliaries, sequenceWords):
//
//   - an attribution set inside what was said, between commas: "The open
//     issues, Rubio insisted, were small", "Alcune proposte, ha aggiunto,
//     per Mosca sono accettabili", "Er teile diese Sorge, fügte X hinzu,
//     auch wenn …", "Ukrajina, naglasio je, neće …";
//   - one after "as" closing the sentence: "…, wie er betont.", "…, come
//     ha spiegato il ministro.";
//   - the verb before its speaker, then "that": "Заявил X, что …", "Ha
//     detto X che …";
//   - a characterisation, the speaker giving something a name or a
//     quality: "X had named Friday as the deadline", "he was calling it
//     the best day", "Zelensky noemde dat het moeilijkste punt";
//   - a speech verb after "then" whose speaker opens the sentence: "X met
//     the envoy, then said the plan was not final".
//
// Who speaks is read as elsewhere: a name, a title and name, a surname
// named before, a pronoun resolved to the last person of its gender, or,
// when the language drops the subject, the person the text is about.
// Questions, outlets and a verb with nothing said after it give nothing.

package corpus

import (
	"strings"
	"unicode/utf8"
)

// reportWords are the reader's own word lists, from verbs.json.
type reportWords struct {
	characterise map[string]bool // "named", "nannte", "назвал": the speaker gives something a name or quality
	perfect      map[string]bool // "had", "was": an auxiliary between the speaker and the verb ("had named", "was calling")
	passive      map[string]bool // "was", "been": before a past participle the subject is named, not naming
	sequence     map[string]bool // "then", "but", "poi": a second verb of the sentence's first subject
	nouns        map[string]bool // "Widerspruch", "Kritik": a sentence announcing who speaks next
}

// reportAsideMax is how many words an attribution inside a sentence may
// hold besides its verb: a pronoun, an auxiliary, a title and a name,
// an addressee ("he told journalists", "ha spiegato il ministro X").
const reportAsideMax = 6

// reportClause is the fallback reader, deferred by sentence: when the
// sentence gave no statement (before is the count of statements when it
// began), it looks for one of the reporting shapes above.
func (x *extractor) reportClause(s string, pos, before int) {
	if x.gapRetry || len(x.out) > before || reportQuestion(s) {
		return
	}
	if x.inciseAfterQuote(s, pos) {
		return // « … », s'amuse-t-il. (incise.go)
	}
	x.reportAnnounced(s, pos)
	if x.lacks(s, cueReport|cueHyphen) {
		return // no verb the loop below reads, nor an inverted "-t-elle" (sentencecues.go)
	}
	toks := readAs(x.reportTokens(s), x.src.Lang)
	defer x.releaseReportTokens(toks)
	if len(toks) < 4 {
		return
	}
	agreePronouns(toks, x.lx)
	rv := reportVerbsFor(x.lx, x.src.Lang) // every class of a word in one look-up (reportclause_verbs.go)
	for vi := range toks {
		l := lowerWord(toks[vi])
		cls := rv.classOf(l)
		say := cls&rvSay != 0
		if p, ok := x.invertedPronoun(toks[vi]); ok && x.reportAside(s, toks, vi, pos, &p) {
			return // "Le Kremlin, analyse-t-elle, prend …"
		}
		char := cls&rvChar != 0
		if !char && vi > 0 && cls&rvPart != 0 && x.lx.report.passive[lowerWord(toks[vi-1])] {
			char = true // "was telling reporters that …": read back to its subject as a characterisation is
		}
		if !say && !char && cls&rvAct == 0 {
			continue
		}
		if !say && x.callWithoutComplement(toks, vi) {
			continue // "chiama il medico", "called a taxi": no naming (callverb.go)
		}
		if say && x.invertedAuxAside(s, toks, vi, pos) {
			return // "Kiev, a-t-il écrit, ne renoncera …" (invertedaux.go)
		}
		if say && x.reportAside(s, toks, vi, pos, nil) {
			return
		}
		if say && x.reportAsTail(s, toks, vi, pos) {
			return
		}
		if say && x.reportVerbFirst(s, toks, vi, pos) {
			return
		}
		if say && x.reportThen(s, toks, vi, pos) {
			return
		}
		if char && x.reportCharacterise(s, toks, vi, pos) {
			return
		}
		if (char || cls&rvAct != 0) && x.reportDroppedVerb(s, toks, vi, pos) {
			return // "Ha anche accusato …", "Oskarżył też …" (droppedverb.go)
		}
	}
}

// reportQuestion reports whether a sentence asks rather than reports.
func reportQuestion(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), "\"”»“’'")
	return strings.HasSuffix(t, "?") || strings.HasPrefix(t, "¿")
}

// reportEmit records what the reader found, with the outlet the sentence
// names as where it was reported (sentence's own marking has run by then).
func (x *extractor) reportEmit(sp *speaker, s, text string, pos int) bool {
	if sp == nil || outletNamed(sp.name) != "" || lowerIn(x.lx.notSpeakers, sp.name) {
		return false // "Reuters reported": where, not who
	}
	if w, _ := nextWord(sp.name, 0); lowerIn(timePreps, w) || lowerIn(topicPreps, w) {
		return false // "Im Kreistag wertete man …": a fronted phrase of place or time, not who
	}
	text = trimSentenceEnd(text)
	if utf8.RuneCountInString(text) < 8 || !strings.Contains(text, " ") {
		return false // "X said on Monday." says nothing
	}
	before := len(x.out)
	x.emit(sp, text, false, pos)
	if len(x.out) == before {
		return false
	}
	if o := outletIn(s); o != "" {
		x.out[len(x.out)-1].ReportedBy = o
	}
	return true
}

// reportAside reads an attribution between commas inside what was said:
// "The open issues, Rubio insisted, were small", "Con esa cifra, explicó,
// Ucrania no podría …", "Le Kremlin, analyse-t-elle, prend …". The words
// before the first comma and after the second are what was said; the
// aside holds the verb at vi, and at most a subject, an auxiliary, a
// separable particle and whom the words were given to ("he told dpa",
// "sagte er unserer Zeitung"). The statement keeps the whole sentence,
// the aside included, since a report may be cut anywhere around it. An
// aside closing the sentence ("…, sagte er unserer Zeitung.") that the
// rules before left unread gives the words before it.
func (x *extractor) reportAside(s string, toks []tok, vi, pos int, inv *tok) bool {
	a := vi // the aside's first token
	for a > 0 && vi-a < reportAsideMax && toks[a-1].trail == "" {
		a--
	}
	if a < 2 && !leadOfOne(toks, a, vi) || !strings.HasPrefix(toks[a-1].trail, ",") || containsAny(toks[a-1].raw, "“”\"«»„") {
		return false // the words said before the aside: two at least, or one with a clause after it (asidelead.go)
	}
	e := vi // the aside's last token
	for e < len(toks)-1 && e-vi < reportAsideMax && toks[e].trail == "" {
		e++
	}
	closing := e == len(toks)-1 && strings.Trim(toks[e].trail, ".!") == ""
	if !closing && (!strings.HasPrefix(toks[e].trail, ",") || len(toks)-(e+1) < 2) || e-a > reportAsideMax {
		return false // the words said after it: two at least
	}
	from, to := -1, -1 // the subject's run of words in the aside
	for k := a; k <= e; k++ {
		if k == vi {
			continue
		}
		t := toks[k]
		l := lowerWord(t)
		if k > vi && (x.lx.addresseeArticles[l] || outletNamed(t.word) != "" || reportTo[l]) && e-k < 4 {
			break // "unserer Zeitung", "dpa", "to Reuters": whom the words were given to ends the aside (Italian "a" is left out: "dicono a Palazzo Chigi" says where)
		}
		switch {
		case x.lx.auxiliaries[l] || x.lx.report.perfect[l] || x.lx.separable[l] || x.lx.addressees[l] || x.lx.adverbs[l] || reportClitics[l]:
		case inv != nil && k == vi-1 && inv.word == invertedAuxWord(x, t):
			// "a-t-il" before "écrit": the auxiliary carrying the pronoun (invertedaux.go)
		case asideOpener(x.lx, l, k == a, k < vi):
			// "Quedan, según dijo, algunos detalles", "…, come ha detto, …" (asidelead.go)
		case x.subjectWord(t, false) || pronounGender[l] != "":
			if from >= 0 && to != k-1 || inv != nil {
				return false // the subject is one run of words
			}
			if from < 0 {
				from = k
			}
			to = k
		default:
			return false // a word no attribution holds: the commas enclose something else
		}
	}
	var sp *speaker
	switch {
	case inv != nil:
		sp = x.classify([]tok{*inv}, false) // "analyse-t-elle"
	case from >= 0:
		sp = x.classify(toks[from:to+1], false)
	default:
		sp = x.reportDropped(lowerWord(toks[vi]), s, pos)
	}
	if sp == nil || sp.kind != kindPerson && sp.name != unnamedSpeaker {
		return false
	}
	if closing {
		end := toks[a-1]
		return x.reportEmit(sp, s, s[:end.start+len(end.raw)-len(end.trail)], pos)
	}
	return x.reportEmit(sp, s, s, pos)
}

// reportTo are the prepositions that give whom the words of an aside were
// given to: "he told dpa", "ha detto al Corriere", "gegenüber der Zeitung".
var reportTo = map[string]bool{"to": true, "al": true, "alla": true, "à": true, "au": true, "gegenüber": true, "dla": true, "для": true}

// reportClitics are the unstressed words an aside's verb carries in the
// languages that put them beside it: Croatian "je" of "naglasio je",
// French "-t-il" is read as a pronoun already.
var reportClitics = grammarSet("reportClitics")

// subjectDrop are the languages whose verbs go without a subject pronoun
// (grammar.json): only there may a characterisation without a subject
// be the last person's.
var subjectDrop = grammarSet("subjectDropLanguages")

// reportAsTail reads an attribution after "as" closing the sentence:
// "Die Stadt wolle sich nicht einmischen, wie er betont.", "Il piano va
// rivisto, come ha spiegato il ministro Ferri." What precedes the comma
// was said.
func (x *extractor) reportAsTail(s string, toks []tok, vi, pos int) bool {
	c := -1
	for k := vi - 1; k >= 1 && vi-k <= 5; k-- {
		if x.lx.asWords[lowerWord(toks[k])] && strings.HasPrefix(toks[k-1].trail, ",") {
			c = k
			break
		}
		if toks[k].trail != "" {
			return false
		}
	}
	if c < 2 || len(toks)-vi > reportAsideMax || !containsAny(toks[len(toks)-1].trail, ".!") && toks[len(toks)-1].trail != "" {
		return false
	}
	var sp *speaker
	if vi > c+1 && !x.lx.auxiliaries[lowerWord(toks[vi-1])] || vi > c+2 {
		sub := toks[c+1 : vi]
		for len(sub) > 0 && x.lx.auxiliaries[lowerWord(sub[len(sub)-1])] {
			sub = sub[:len(sub)-1]
		}
		if len(sub) == 0 {
			return false
		}
		for _, t := range sub {
			if !x.subjectWord(t, false) && pronounGender[lowerWord(t)] == "" {
				return false
			}
		}
		sp = x.classify(sub, false)
	} else if vi+1 < len(toks) {
		sp = x.subjectAfter(toks, vi+1)
	} else {
		sp = x.reportDropped(lowerWord(toks[vi]), s, pos)
	}
	if sp == nil || sp.kind != kindPerson && sp.name != unnamedSpeaker {
		return false
	}
	end := toks[c-1]
	return x.reportEmit(sp, s, s[:end.start+len(end.raw)-len(end.trail)], pos)
}

// reportVerbFirst reads a speech verb before its speaker, then "that":
// "Заявил министр X, что …", "Ha detto Gallani che …", "Dodał rzecznik,
// że …". The verb opens the sentence (after an auxiliary or an adverb).
func (x *extractor) reportVerbFirst(s string, toks []tok, vi, pos int) bool {
	open := 0 // an opening phrase set off by a comma may come first: "In conferenza stampa, ha detto X che …"
	for k := vi - 1; k >= 0 && k >= vi-8; k-- {
		if strings.HasPrefix(toks[k].trail, ",") {
			open = k + 1
			break
		}
	}
	for k := open; k < vi; k++ {
		if l := lowerWord(toks[k]); !x.lx.auxiliaries[l] && !x.lx.adverbs[l] || toks[k].trail != "" {
			return false
		}
	}
	if vi+2 >= len(toks) || toks[vi].trail != "" {
		return false
	}
	th := -1
	for k := vi + 2; k < len(toks)-1 && k <= vi+8; k++ {
		if x.lx.thatWords[lowerWord(toks[k])] {
			th = k
			break
		}
		if toks[k-1].trail != "" && toks[k-1].trail != "," {
			return false
		}
	}
	if th < 0 {
		return false
	}
	for k := vi + 1; k < th; k++ {
		if !x.subjectWord(toks[k], false) && !x.lx.addressees[lowerWord(toks[k])] {
			return false
		}
	}
	sp := x.subjectAfter(toks[:th], vi+1)
	if sp == nil || strings.Contains(sp.name, toks[vi].word) {
		return false // (the earlier readings of the sentence may have taken the capitalised verb for a name)
	}
	if r, ok := strings.CutPrefix(sp.role, toks[vi].word+" "); ok {
		sp.role = r // "Заявил министр": the verb is no part of the title
		x.people[sp.name] = sp
	}
	return x.reportEmit(sp, s, s[toks[th+1].start:], pos)
}

// reportThen reads a speech verb after "then" or "and" whose speaker
// opens the sentence: "Donald Trump met the envoy, then said the plan was
// not final", "Ukraine's president, Volodymyr Zelensky, thanked the
// leaders and said Kyiv would keep working". What follows the verb is
// what was said.
func (x *extractor) reportThen(s string, toks []tok, vi, pos int) bool {
	c := x.coordBefore(toks, vi) // "e ha detto", "and also said" (coordgap.go)
	if c < 2 || vi+2 >= len(toks) {
		return false
	}
	if l := lowerWord(toks[c]); !x.lx.report.sequence[l] && !x.lx.conjunctions[l] {
		return false
	}
	sp := x.openingSubject(s, toks, c)
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	text, _ := x.content(s, toks, vi, false)
	if text == "" {
		return false
	}
	return x.reportEmit(sp, s, text, pos)
}

// openingSubject is the person a sentence opens with, before toks[limit]:
// a title and name or a name ("Donald Trump met …"), a pronoun, or a
// title and a name in apposition ("Ukraine's president, Volodymyr
// Zelensky, thanked …"), read back from the comma that closes it as a
// speaker is read back from a verb.
func (x *extractor) openingSubject(s string, toks []tok, limit int) *speaker {
	if sp, _ := x.openingSpeaker(s, toks, limit); sp != nil {
		return sp
	}
	if l := lowerWord(toks[0]); pronounGender[l] != "" && toks[0].trail == "" {
		return x.classify(toks[:1], true)
	}
	commas := 0
	for m := 0; m < limit-1 && m < 10; m++ {
		if toks[m].trail == "" {
			continue
		}
		if toks[m].trail != "," {
			return nil
		}
		if commas++; commas == 2 {
			// the words up to the second comma, then a stand-in verb
			span := make([]tok, m+2)
			copy(span, toks[:m+1])
			span[m+1] = tok{raw: "said", word: "said", low: "said", start: toks[m+1].start}
			if sp, at := x.subjectSpan(s, span, m+1); sp != nil && at == 0 {
				return sp
			}
			return nil
		}
	}
	return nil
}

// reportCharacterise reads a speaker naming or qualifying something: "X
// had named Friday as the deadline", "by the evening he was calling it
// the best day", "Zelensky noemde dat het moeilijkste punt". The verb's
// subject stands before it, perhaps after an auxiliary; a passive ("was
// named ambassador") names the subject and is no speech. The statement is
// the whole sentence: what was named and how are both in it.
func (x *extractor) reportCharacterise(s string, toks []tok, vi, pos int) bool {
	if vi == 0 || vi+2 > len(toks) {
		return false
	}
	j := vi
	for j > 0 && j >= vi-2 && toks[j-1].trail == "" && (x.lx.report.perfect[lowerWord(toks[j-1])] || x.lx.auxiliaries[lowerWord(toks[j-1])] || x.lx.adverbs[lowerWord(toks[j-1])]) {
		j--
	}
	if j < vi && x.lx.report.passive[lowerWord(toks[vi-1])] && !strings.HasSuffix(toks[vi].low, "ing") {
		return false // "was named ambassador": named, not naming
	}
	if j == 0 {
		return false
	}
	// the verb at j stands for the run of auxiliaries and verb: the
	// subject is read back from it as for any speech verb
	span := make([]tok, j+1)
	copy(span, toks[:j])
	span[j] = tok{raw: "said", word: "said", low: "said", start: toks[j].start}
	sp, _ := x.subjectSpan(s, span, j)
	if sp == nil && subjectDrop[x.src.Lang] && !x.namesSomeone(toks[:j]) {
		// "Razgovor je opisao kao koristan", "Il colloquio lo ha definito
		// utile": the subject dropped, as the language allows; it is the
		// person the text has just been about
		sp = x.reportDropped(lowerWord(toks[vi]), s, pos)
	}
	if sp == nil || sp.kind != kindPerson && sp.name != unnamedSpeaker {
		return false
	}
	if progressive := j < vi && x.lx.participles[lowerWord(toks[vi])]; progressive && !x.lx.report.characterise[lowerWord(toks[vi])] {
		// "Rubio was telling reporters that …": what follows is what was said
		text, _ := x.content(s, toks, vi, false)
		return text != "" && x.reportEmit(sp, s, text, pos)
	}
	return x.reportEmit(sp, s, s, pos)
}

// namesSomeone reports whether words hold a capitalised word past the
// first, or a title: a subject the readers could not resolve, which a
// dropped subject must not replace. (A pronoun is no sign: "Il" opens an
// Italian noun phrase as often as a French clause, and a pronoun that
// could be resolved was.)
func (x *extractor) namesSomeone(ts []tok) bool {
	for i, t := range ts {
		if i > 0 && isCapital(t.word) || x.lx.isRole(lowerWord(t)) {
			return true
		}
	}
	return false
}

// reportDropped is who speaks when the verb has no subject ("ha aggiunto",
// "explicó", "opisao je"): the speaker of the sentence just before in the
// same paragraph, or the person that sentence opened with; else the
// person droppedSubject (which the rules before it use) would take, only
// when this paragraph names them: the reader runs where the rules found
// nothing, and a speaker of an earlier paragraph is no evidence.
func (x *extractor) reportDropped(verb, s string, pos int) *speaker {
	want := verbGender(verb)
	if n := len(x.out); n > 0 && x.lastStmtSentence == x.sentenceNo-1 && x.out[n-1].Position == pos {
		if u := x.lastUnnamed; u != nil {
			return u // the unnamed source just quoted goes on
		}
		if personOfGender(x.lastSpeaker, want) {
			return x.lastSpeaker
		}
		return nil
	}
	if x.openedAt == x.sentenceNo-1 && personOfGender(x.openedBy, want) {
		return x.openedBy // "La economista X prefirió hablar de dinero. El plan, recordó, …"
	}
	if sp := x.droppedSubject(verb); personOfGender(sp, want) && x.namedInParagraph(sp, s) {
		// "Vladimir Putin aveva attaccato … Parlando con i giornalisti,
		// il presidente … Le modifiche, ha sostenuto, …": the person the
		// rules before would take, when this paragraph names them
		return sp
	}
	return nil
}

// namedInParagraph reports whether the paragraph being read names sp
// (by the last word of their name or of one of their spellings) before
// the sentence s.
func (x *extractor) namedInParagraph(sp *speaker, s string) bool {
	var text string
	for _, p := range x.paras {
		if p.index == x.pos {
			text = p.text
			break
		}
	}
	if i := strings.Index(text, s); i >= 0 {
		text = text[:i]
	}
	if text == "" {
		return false
	}
	names := []string{sp.name}
	if p, ok := lowerIn2(x.lx.people, sp.name); ok {
		names = append(names, p.Aliases...)
	}
	for _, n := range names {
		if w := lastWord(n); utf8.RuneCountInString(w) > 2 && strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// reportAnnounced notes who a sentence without speech announces as the
// next to speak: "Widerspruch kam von dem Abgeordneten X.", "Kritik übte
// auch die Ministerin Y." name one person beside a noun of speech
// (speechNouns), and the reported mood of the next sentence ("Ihm gehe
// der Text nicht weit genug.") is theirs (reportedSpeechGoesOn).
func (x *extractor) reportAnnounced(s string, pos int) {
	found := false
	for i := 0; i < len(s) && !found; {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		found = x.reportNoun(w) // (reportclause_filter.go)
	}
	if !found {
		return
	}
	var sp *speaker
	if m := x.mentionTally; m.sentence == x.sentenceNo && m.para == pos && m.count == 1 && len(x.mentioned) > 0 {
		sp = x.mentioned[len(x.mentioned)-1]
	} else if m.sentence != x.sentenceNo && x.openedAt == x.sentenceNo {
		sp = x.openedBy
	}
	if sp != nil && sp.kind == kindPerson {
		x.announced, x.announcedAt = sp, x.sentenceNo
	}
}
