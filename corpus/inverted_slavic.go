package corpus

// slavicFreeOrder holds the languages whose word order lets the subject
// follow its verb at the end of a sentence with no comma before the verb:
// "В Киеве заявления Путина прокомментировал министр иностранных дел
// Андрей Сибига." (the object first, then the verb, then who).
var slavicFreeOrder = map[string]bool{"ru": true, "uk": true, "pl": true, "cs": true, "sk": true, "bg": true, "hr": true, "sr": true, "bs": true}

// verbThenSubject reads a sentence of a free-order language whose speech
// verb at vi is followed by its subject and nothing more: the words before
// the verb are an object or an adverbial, not who spoke and not what was
// said ("заявления Путина прокомментировал министр … Сибига" is Sibiha's
// comment on Putin's words, and says nothing itself). The person after
// the verb is announced as the next speaker (x.announced) and noted as a
// mention, so that "Он написал, что …" in the next sentence is theirs.
func (x *extractor) verbThenSubject(s string, toks []tok, vi int) bool {
	if !slavicFreeOrder[x.src.Lang] || vi == 0 || toks[vi-1].trail != "" || toks[vi].trail != "" {
		return false
	}
	rest := toks[vi+1:]
	if len(rest) < 2 || len(rest) > 8 {
		return false
	}
	n := len(rest) // the name closing the sentence: two or three capitalised words
	for n > 0 && len(rest)-n < 3 && isCapital(rest[n-1].word) && nameWord(rest[n-1].word) {
		n--
	}
	if len(rest)-n < 2 {
		return false
	}
	title := false
	for _, t := range rest[:len(rest)-1] {
		l := lowerWord(t)
		if t.trail != "" || x.lx.thatWords[l] || x.lx.sayVerbs[l] {
			return false // "…, что …", a second clause: more than who
		}
		title = title || x.lx.isRole(l)
	}
	if n > 0 && !title {
		return false // words before the name that are no title: an object, not who
	}
	sp := x.person(tokWords(rest[n:]), "")
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	x.announced, x.announcedAt = sp, x.sentenceNo
	x.mentions(s)
	return true
}

// speakerThenAffiliation reports whether ts, the rest of a sentence after
// an inverted verb and its aside, is a speaker whose name is followed by
// the institution they are from ("dr Bartosz Jaskólski z Ośrodka Analiz
// Wschodnich w Lublinie", "Giulia Ferrandi dell'Istituto …"): speaker
// words ending in a capitalised name, an affiliation preposition, and a
// capitalised word after it.
func (x *extractor) speakerThenAffiliation(ts []tok) bool {
	for i := 1; i+1 < len(ts) && i <= 5; i++ {
		if !affiliationPreps[lowerWord(ts[i])] || !isCapital(ts[i+1].word) || !isCapital(ts[i-1].word) {
			continue
		}
		return x.subjectRun(ts[:i])
	}
	return false
}
