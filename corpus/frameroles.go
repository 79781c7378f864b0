// Roles from a record's frame. A briefing or hearing transcript names its
// speakers once with their titles where the publisher frames the record:
// the title ("Брифинг официального представителя МИД России
// М.В.Захаровой"), the heading ("Press briefing by Press Secretary
// Karoline Leavitt"), the note before the first turn ("Sprecher: StS
// Kornelius (Regierungssprecher), Sprecherin des Auswärtigen Amtes Dr.
// Feldhaus"). The turns then carry a bare label ("MS. LEAVITT:",
// "М.В.Захарова:"), a label abbreviation ("StS KORNELIUS:") or the
// ministry's abbreviation in a bracket ("FELDHAUS (AA):"). No statement
// sentence names the person with the title, so neither the title memory
// (rolenamed.go) nor the learnt roles (docroles.go) reach the turns: the
// frame is read here for a title next to each name, and a speaker whose
// statements carry no role, or only an abbreviation, takes it. The title
// is kept as the frame writes it (a Russian genitive stays genitive: the
// frame's words are what the reader is told).

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// frameRolesOff turns the mechanism off, for tests that show what it
// changes.
var frameRolesOff = false

// titleCaseLangs are the languages whose titles are capitalised before a
// name ("Deputy Press Secretary"): there a capitalised word right before
// the title's head is part of it; elsewhere it is the sentence's
// ("Брифинг представителя …").
var titleCaseLangs = map[string]bool{"en": true}

// frameRoles gives the statements of a transcript whose role is empty or
// an abbreviation the title the document's frame writes next to their
// speaker's name: the front matter's title and the paragraphs before the
// first labelled turn (headings, the publisher's note).
func (x *extractor) frameRoles(ps []paragraph) {
	if frameRolesOff || !x.transcript || len(x.out) == 0 {
		return
	}
	need := false
	for _, st := range x.out {
		if st.Speaker != unnamedSpeaker && (st.Role == "" || abbreviationRole(st.Role) || !strings.Contains(st.Role, " ")) {
			need = true
			break
		}
	}
	if !need {
		return
	}
	frame := []string{x.src.Title}
	for _, p := range ps {
		if p.kind != paraText && p.kind != paraHeading && p.kind != paraTags {
			continue // (a record's publisher note is read as tags: protocol.go)
		}
		if looksLabelled(stripClock(p.text)) {
			break // the record begins
		}
		frame = append(frame, strings.Trim(p.text, "*_ "))
	}
	learned := map[string]string{} // "~" + surname stem -> title
	for _, f := range frame {
		for _, s := range sentences(f) {
			toks := tokenize(s)
			for k := range toks {
				if !isCapital(toks[k].word) {
					continue
				}
				role := x.frameTitleAt(toks, k)
				if role == "" {
					continue
				}
				key := "~" + x.surnameStem(surnameOf(toks[k].word))
				if _, ok := learned[key]; !ok {
					learned[key] = role
				}
			}
		}
	}
	if len(learned) == 0 {
		return
	}
	for i := range x.out {
		st := &x.out[i]
		if st.Speaker == unnamedSpeaker {
			continue
		}
		if sp, ok := x.people[st.Speaker]; ok && sp.kind != kindPerson {
			continue
		}
		spellings := []string{st.Speaker}
		if p, ok := lowerIn2(x.lx.people, st.Speaker); ok {
			spellings = append(spellings, p.Aliases...)
		}
		for _, a := range spellings {
			if r, ok := learned["~"+x.surnameStem(surnameOf(lastWord(a)))]; ok {
				if st.Role == "" || abbreviationRole(st.Role) || len(r) > len(st.Role) && wordIndex(lowerString(r), lowerString(st.Role)) >= 0 {
					st.Role = r // a part of the title ("Esteri") gives way to all of it
				}
				break
			}
		}
	}
}

// surnameOf is a name token without the initials written onto it
// ("М.В.Захаровой": "Захаровой").
func surnameOf(w string) string {
	if i := strings.LastIndexByte(w, '.'); i >= 0 && i+1 < len(w) {
		return w[i+1:]
	}
	return w
}

// abbreviationRole reports whether a role is an abbreviation a label's
// bracket gives ("AA", "BMVg", "MSZ"): one word of two to six letters,
// two or more of them capitals.
func abbreviationRole(r string) bool {
	if containsAny(r, " .") {
		return false
	}
	n, caps := 0, 0
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
		n++
		if unicode.IsUpper(c) {
			caps++
		}
	}
	return n >= 2 && n <= 6 && caps >= 2
}

// frameTitleAt reads the title written next to the name whose surname is
// toks[k]: a bracket after it that reads as a title ("Kornelius
// (Regierungssprecher)"), else the title before the name, from its first
// title word within seven words over title words, links and complement
// words, with the complement between it and the name ("Sprecherin des Auswärtigen Amtes Dr. Feldhaus",
// "официального представителя МИД России М.В.Захаровой", "Deputy
// Secretary of Defense Alan Crewe"). "" when there is none.
func (x *extractor) frameTitleAt(toks []tok, k int) string {
	w := toks[k]
	if x.lx.isRole(lowerWord(w)) || !x.nameLike(toks[k:k+1]) {
		return ""
	}
	// a bracket after the name
	if w.trail == "" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].raw, "(") {
		var words []string
		for m := k + 1; m < len(toks) && m-k <= 5; m++ {
			words = append(words, toks[m].word)
			if strings.Contains(toks[m].raw, ")") {
				if x.roleLike(words) {
					return cleanRole(strings.Join(words, " "))
				}
				break
			}
		}
	}
	// the name's other parts before the surname: one first name, unless
	// initials are written onto it, then honorifics ("Dr.")
	j := k - 1
	initials := surnameOf(w.word) != w.word
	if !initials && j >= 0 && toks[j].trail == "" && isCapital(toks[j].word) && !x.lx.honorifics[lowerWord(toks[j])] && x.nameLike(toks[j:j+1]) && !x.frameTitleWord(lowerWord(toks[j])) {
		j--
	}
	for j >= 0 && (toks[j].trail == "" || toks[j].trail == ".") && (x.lx.honorifics[lowerWord(toks[j])] || x.lx.honorifics[lowerWord(toks[j])+"."]) {
		j--
	}
	nameStart := j + 1
	// the title's head: the first title word of the run of title words,
	// links and complement words before the name (capitalised ones, and
	// in a language with cases lower-case ones: "Министерства обороны")
	_, cased := docRoles().Languages[x.src.Lang]
	head := -1
	for m := j; m >= 0 && j-m < 7 && toks[m].trail == ""; m-- {
		l := lowerWord(toks[m])
		if x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			break
		}
		if x.frameTitleWord(l) {
			head = m
			continue
		}
		if !isCapital(toks[m].word) && !titleLinks()[l] && !cased {
			break
		}
	}
	if head < 0 {
		return ""
	}
	// modifiers before the head: more title words, a capitalised
	// modifier where titles are capitalised, one adjective of the
	// language's oblique or nominative forms
	start := head
	for m := head - 1; m >= 0 && toks[m].trail == ""; m-- {
		l := lowerWord(toks[m])
		if x.frameTitleWord(l) || titleCaseLangs[x.src.Lang] && isCapital(toks[m].word) && m > 0 {
			start = m
			continue
		}
		if !isCapital(toks[m].word) && x.frameAdjective(l) {
			start = m
		}
		break
	}
	return cleanRole(strings.Join(tokWords(toks[start:nameStart]), " "))
}

// frameTitleWord reports whether a lower-case word is a title, in the
// nominative or, in a language with cases, an oblique form of one
// ("представителя").
func (x *extractor) frameTitleWord(l string) bool {
	if x.lx.isRole(l) {
		return true
	}
	if ol, ok := docRoles().Languages[x.src.Lang]; ok {
		if _, _, ok := x.nominativeTitle(&ol, l); ok {
			return true
		}
	}
	return false
}

// frameAdjective reports whether a lower-case word of five letters or
// more ends as an adjective of the document's language: an oblique ending
// of data/obliqueroles.json ("официального") or a nominative ending of
// data/titlelinks.json ("stellvertretende").
func (x *extractor) frameAdjective(l string) bool {
	if utf8.RuneCountInString(l) < 5 || titleLinks()[l] {
		return false
	}
	if ol, ok := docRoles().Languages[x.src.Lang]; ok {
		for _, a := range ol.Adjectives {
			if strings.HasSuffix(l, a[0]) {
				return true
			}
		}
		for _, a := range ol.Feminine {
			if strings.HasSuffix(l, a[0]) {
				return true
			}
		}
	}
	for _, e := range titleLinkWords().AdjEndings[x.src.Lang] {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}
