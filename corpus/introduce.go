// Introductions: a feature or interview write-up opens with its subject
// named in full in a sentence that quotes nobody ("Serhiy Hnatiuk has
// spent most of the war fixing things."), and then quotes them as "he"
// for paragraphs. Such a person is remembered as the pronouns' candidate,
// as a speaker is.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// introduce remembers the person a sentence with no speech cue opens
// with, named in full (two capitalised words, then a lower-case word), so
// a later "he said" may refer to them.
func (x *extractor) introduce(s string) {
	var fb [7]string // the first words, on the stack: most sentences are not introductions
	f := fb[:0]
	for rest := s; len(f) < len(fb) && rest != ""; {
		w, r, _ := strings.Cut(rest, " ")
		f, rest = append(f, w), r
	}
	i := 0
	if e := eveHead(f); e > 0 {
		// "Напередодні Нового року Андрій Сибіга провів …", "Am Vorabend
		// des Gipfels traf Kanzler …": a time phrase heads the sentence;
		// the subject is the title or the full name after its complement
		for i = e + 1; i < e+4 && i+2 < len(f) && !x.lx.isRole(lowerString(f[i])) && !(nameWord(f[i]) && nameWord(f[i+1]) && f[i+2] != "" && unicode.IsLower(firstRune(f[i+2]))); i++ {
		}
	} else if len(f) > 1 && genitiveWord(f[0]) {
		// "EU:s utrikeschef Kaja Kallas var tydlig", "Ukraine's foreign
		// minister Andrii Sybiha …": whose title it is, then the title
		i = 1
		for i < 3 && i+1 < len(f) && f[i] != "" && unicode.IsLower(firstRune(f[i])) && !x.lx.isRole(lowerString(f[i])) {
			i++
		}
		if !x.lx.isRole(lowerString(f[i])) {
			return
		}
	}
	if len(f) > i && x.lx.isRole(lowerString(f[i])) {
		// "Пресс-секретарь Кремля Дмитрий Песков отказался …": the
		// name after a title and its capitalised complement
		r := i
		for i++; i < r+3 && i+2 < len(f) && nameWord(f[i]) && !(nameWord(f[i+1]) && f[i+2] != "" && unicode.IsLower(firstRune(f[i+2]))); i++ {
		}
	}
	if len(f) >= i+4 && nameWord(f[i]) && strings.HasSuffix(f[i+1], ",") && nameWord(strings.TrimSuffix(f[i+1], ",")) && f[i+2] != "" && unicode.IsLower(firstRune(f[i+2])) {
		// "Mykola Derkach, an opposition lawmaker …, was less upbeat.":
		// the name and an appositive
		f[i+1] = strings.TrimSuffix(f[i+1], ",")
	} else if len(f) < i+4 || !nameWord(f[i]) || !nameWord(f[i+1]) || f[i+2] == "" || !unicode.IsLower(firstRune(f[i+2])) {
		return
	}
	f = f[i:]
	if x.openerLow(lowerString(f[0])) {
		return // "Den Anfang machte ein Landwirt …", "Als Beispiel nannte er …": a fronted phrase (clauseopener.go)
	}
	for _, w := range f[:2] {
		l := lowerString(w)
		if _, grammar := readAsWords[x.src.Lang][l]; grammar || stopCaps[l] || timePreps[l] || x.lx.notSpeakers[l] || x.lx.isRole(l) || roleArticles[l] || definiteArticles[l] || x.lx.bodyWords[l] || x.lx.groupNouns[l] || x.lx.bodies[l] != "" || outletNamed(l) != "" {
			return // "President Zelensky has …" is read where titles are; "Die Ukraine ist …", "On Tuesday morning, …" name no one
		}
	}
	sp := x.person(f[:2], "")
	if sp == nil || sp.kind != kindPerson {
		return
	}
	if n := len(x.speakers); n == 0 || x.speakers[n-1] != sp {
		x.speakers = append(x.speakers, sp)
	}
	x.spokeAt[sp.name] = x.pos
	x.openedBy, x.openedAt = sp, x.sentenceNo // the sentence is about them (definiteTitle, pronouns)
}

// eveWords head a time phrase that opens a sentence ("Напередодні
// Різдва", "Накануне Рождества", "Am Vorabend des Gipfels", "À la veille
// du sommet"): the capitalised words of the phrase are never a name.
var eveWords = grammarSet("eveWords")

// afterEveWord reports whether the token t of the sentence being read
// comes right after an eve word ("Напередодні Різдва": t is "Різдва").
func (x *extractor) afterEveWord(t tok) bool {
	for k := 1; k < len(x.toks) && k < 4; k++ {
		if x.toks[k].start == t.start {
			return x.toks[k-1].trail == "" && eveWords[lowerWord(x.toks[k-1])]
		}
	}
	return false
}

// eveHead returns how many of a sentence's first words are the head of a
// time phrase (the eve word and the words before it: "Напередодні",
// "Am Vorabend", "À la veille"), or 0 when the sentence opens otherwise.
func eveHead(f []string) int {
	for k := 0; k < 3 && k < len(f); k++ {
		if lowerIn(eveWords, strings.TrimRight(f[k], ",")) {
			return k + 1
		}
	}
	return 0
}

// genitiveWord reports whether w is a capitalised genitive that opens a
// title ("EU's", "Ukraine’s", Swedish and Finnish "EU:s", "USA:s").
func genitiveWord(w string) bool {
	if w == "" || !isCapital(w) {
		return false
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, ":s")
}

// firstRune is the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// nameWord reports whether w may be one word of a person's name: a
// capitalised word of letters, not all capitals.
func nameWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 || !isCapital(w) || isAllCaps(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// continuedQuote returns the statement whose speaker a quotation with no
// attribution of its own continues: the last quotation nearby, else the
// last statement of the same paragraph, quoted or reported ("He had read
// the 28 points, he said, …. The clause that stayed with him …. “People
// abroad think …”").
func (x *extractor) continuedQuote(pos int) (int, bool) {
	if x.lastDirect >= 0 && x.lastDirect < len(x.out) && (x.lastDirectPara == pos || x.lastDirectPara == pos-1) {
		return x.lastDirect, true
	}
	if n := len(x.out); n > 0 && x.out[n-1].Position == pos {
		return n - 1, true
	}
	return 0, false
}

// learnGender records the gender a pronoun gave a person whose gender was
// unknown: after "he said" means Hnatiuk, a later "she told us" looks
// past him.
func learnGender(sp *speaker, g string) *speaker {
	if sp.gender == "" && g != "" {
		sp.gender = g
	}
	return sp
}
