package corpus

import "strings"

// mediaAfterOff disables mediumAfter, for the test that checks it is what
// keeps its cases' outlets from being speakers.
var mediaAfterOff bool

// mediumAfter reads past the medium the words were given to when it
// stands right after the speech verb: "řekl deníku Hlas Moravy",
// "сказал газете Северный вестник депутат X", "sagte der Zeitung
// Nordkurier der Abgeordnete X" (the medium nouns of quotefirst.json).
// The outlet's capitalised name is no speaker; the speaker, if the
// sentence names one after it, begins at the first title or unnamed-source
// noun within the next few words. It returns where the subject reading
// should start, ok true when toks[from] opens a medium, and skip true
// when no speaker follows it (the caller then reads no subject here).
func (x *extractor) mediumAfter(toks []tok, from int) (start int, ok, skip bool) {
	if mediaAfterOff || from >= len(toks) {
		return from, false, false
	}
	media := quoteFirstData().mediaNouns
	m := from
	own := false
	if m+1 < len(toks) && toks[m].trail == "" && !isCapital(toks[m].word) && quoteFirstData().mediaOwn[lowerWord(toks[m])] {
		m, own = m+1, true // "a este canal", "našemu listu": the medium named by the word before it
	} else if m+1 < len(toks) && (x.lx.addresseeArticles[toks[m].low] || toks[m].low == "the") && toks[m].trail == "" {
		m++ // "der Zeitung", "the newspaper"
	}
	if !media[lowerWord(toks[m])] {
		return from, false, false
	}
	if toks[m].trail != "" {
		return from, true, true // "сказал газете." : the medium unnamed, nobody after it
	}
	if own {
		return x.ownMediumSpeaker(toks, from, m)
	}
	for k := m + 1; k < len(toks) && k <= m+6; k++ {
		l := lowerWord(toks[k])
		if x.lx.isRole(l) || x.lx.isUnnamed(l) {
			return k, true, false
		}
		if toks[k].trail != "" && toks[k].trail != "”" && toks[k].trail != "»" {
			break
		}
	}
	return from, true, true
}

// ownMediumSpeaker reads the speaker after a medium its own word names
// (toks[m] the medium noun): no outlet's name follows it, so a name right
// after it ("a este canal Lucía Ferrándiz"), or a title and then a name
// ("našemu listu ministr Jan Lipavský"), is who spoke. A title with no
// name after it is left unread ("našemu listu diplomat obeznámený s …"
// is an unnamed source, which a title alone would give to the last person
// of that title).
func (x *extractor) ownMediumSpeaker(toks []tok, from, m int) (start int, ok, skip bool) {
	for k := m + 1; k < len(toks)-1 && k <= m+4; k++ {
		if isCapital(toks[k].word) && !containsAny(toks[k].raw, "«„“\"") && x.subjectWord(toks[k], false) && !x.lx.isRole(lowerWord(toks[k])) {
			return m + 1, true, false
		}
		if toks[k].trail != "" || !x.lx.isRole(lowerWord(toks[k])) {
			break
		}
	}
	return from, true, true
}

// mediumNamed reports whether a person speaker's name opens with a medium
// noun ("Zeitung Nordkurier", "der Zeitung Nordkurier" read from "sagte
// er der Zeitung Nordkurier"): the outlet the words were given to, which
// some reading took for a name. Such a statement is dropped: its speaker
// is certainly wrong.
func mediumNamed(sp *speaker) bool {
	if mediaAfterOff || sp == nil || sp.kind != kindPerson {
		return false
	}
	media := quoteFirstData().mediaNouns
	n := 0
	for w := range strings.FieldsSeq(sp.name) {
		if lowerIn(media, w) {
			return true
		}
		if n++; n == 2 {
			break
		}
	}
	return false
}
