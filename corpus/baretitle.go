package corpus

// A bare title as the speaker outside a transcript: "The governor said
// that …", "Der Bürgermeister sagte, dass …", "Губернатор заявил, что …".
// When a person with that title was named anywhere before, the title is
// theirs (the readers before this one look only at the last few
// paragraphs); when none was, the words were lost. They are kept with
// the title as the speaker and its role, as a transcript's title alone is
// (titlealone.go): a role-only speaker, never another name in the
// sentence.

import "strings"

// bareTitleOff turns the reading off, for tests that show what it changes.
var bareTitleOff = false

// bareTitle is the speaker the title words stand for when no reader
// before resolved them: the earlier holder of the title in the document,
// else the title itself.
//
// It reads only a title that opens its sentence as the subject ("The
// governor said", not "… ha aggiunto il presidente", whose inverted
// attribution other readers resolve), and only while the document has
// named no person: once someone was named, a bare title is far more often
// theirs under a title the document never gave them ("il presidente" for
// a party leader) than a new, unnamed speaker.
func (x *extractor) bareTitle(words, lows []string, sentenceStart bool) *speaker {
	if bareTitleOff || len(lows) == 0 || !sentenceStart {
		return nil
	}
	if !x.officeTitle(words) {
		if len(x.mentioned) > 0 {
			return nil
		}
		for _, sp := range x.people {
			if sp.kind == kindPerson && !strings.EqualFold(sp.name, sp.role) {
				return nil // (a title read so before is no one named)
			}
		}
	}
	opening := lowerString(strings.TrimLeft(x.lookFor, " *_\"“„«»—–-"))
	phrase := lowerString(strings.Join(words, " "))
	if first, rest, ok := strings.Cut(opening, " "); ok && roleArticles[first] && !strings.HasPrefix(opening, phrase) {
		opening = rest // "The governor said": the article before the words read
	}
	if !strings.HasPrefix(opening, phrase) {
		return nil // the title does not open the sentence it was read in
	}
	if len(lows) > 1 && roleArticles[lows[0]] {
		words, lows = words[1:], lows[1:] // "The governor"
	}
	if len(lows) == 0 || len(lows) > 2 {
		return nil
	}
	if namesSomeone(x.lookFor, len(words)) {
		return nil // "Le général, Hugues Delambre, …": the holder is named here
	}
	head := lows[len(lows)-1]
	for i := len(x.titled) - 1; i >= 0; i-- {
		if sp := x.titled[i]; roleHoldsWord(sp.role, head) && x.titleHeads(sp.role, head) {
			return sp // "Governor Anna Black …" far above, then "The governor said"
		}
	}
	for _, l := range lows {
		if demonymAdjectives()[l] {
			return nil // "L'Européen", "Ukrainienne": a people, not a title
		}
		if !x.lx.isRole(l) || x.isBackRef(l) || x.lx.unnamed[l] || x.lx.bodyWords[l] || x.lx.bodies[l] != "" {
			return nil // "the official" points back; "Kremlin" is a body (titlealone.go)
		}
	}
	return x.titleSpeaker(words)
}

// officeTitle reports whether a bare title is written as an office in
// English minutes, decisions and reports: "The Chair said …", "The
// Secretary reported …" after "Present: Dame X (Chair), …". The article
// in lower case or opening the sentence, the one title word capitalised
// mid-phrase as such records write it (news writes "the chair"): the
// office speaks, though people were named before, unless a holder of that
// title was named (the x.titled look below).
func (x *extractor) officeTitle(words []string) bool {
	return x.src.Lang == "en" && len(words) == 2 && strings.EqualFold(words[0], "the") && isCapital(words[1]) && x.lx.isRole(lowerString(words[1]))
}

// namesSomeone reports whether the sentence s holds, after its first skip
// words and before its speech verb or that-word, two capitalised words in
// a row: a name, as far as can be told without knowing it, whose holder
// the title is ("Le général, Hugues Delambre, …", "O secretário do
// Conselho de Segurança Vasyl Tkachuk afirmou"). A name after the verb
// is what the title's holder spoke of ("The Chair said that costs on the
// Black Sea route …", stop 55).
func namesSomeone(s string, skip int) bool {
	lx := lexiconData()
	toks := tokenize(s)
	for k := skip + 1; k+1 < len(toks); k++ {
		if l := toks[k].low; lx.speechOrThat(l) {
			return false
		}
		if isCapital(toks[k].word) && isCapital(toks[k+1].word) && toks[k].trail == "" {
			return true
		}
	}
	return false
}

// otherBareTitle reports whether sp is a speaker known only by a title
// (bareTitle) that is not the title word l: "Burmistrz powiedział …" then
// "Rzecznik MSZ przekazał …" are two people, though "rzecznik" points
// back to whoever spoke before.
func otherBareTitle(sp *speaker, l string) bool {
	return strings.EqualFold(sp.name, sp.role) && !roleHoldsWord(sp.role, l)
}
