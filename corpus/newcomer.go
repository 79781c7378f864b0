package corpus

import (
	"strings"
	"unicode"
)

// newcomerOff disables the newcomer rule, for the test that checks it is
// what gives its cases their speaker.
var newcomerOff bool

// paraOpening is what the newcomer rule knows of the paragraph being
// read: the number of its first sentence and whether that sentence opens
// with a personal pronoun ("Er verwies auf …": about someone already
// named, not an introduction).
type paraOpening struct {
	para, sentence int
	pronoun        bool
}

// notePara records the opening of a paragraph when its first sentence
// is read (called from sentence, after sentenceNo is counted).
func (x *extractor) notePara(s string, pos int) {
	if x.opening.para == pos && x.opening.sentence > 0 {
		return
	}
	first := s
	if i := strings.IndexAny(first, " ,"); i > 0 {
		first = first[:i]
	}
	x.opening = paraOpening{para: pos, sentence: x.sentenceNo, pronoun: openingPronoun(lowerString(strings.Trim(first, "\"«„“ ")))}
}

// newcomer gives a statement to the person a paragraph opens by
// introducing ("Skeptischer ist der Militärhistoriker Lukas Zgraggen.",
// "Più scettico Giuseppe Lanzafame, generale in congedo.") when the
// speaker found for it was carried from an earlier paragraph by a
// pronoun or a dropped subject ("…, meint er", "ha spiegato"): a new
// paragraph that introduces exactly one person, and does not name the
// earlier speaker at all, is about the newcomer; its quotations are
// theirs. The introduction must be the paragraph's first sentence and
// not open with a pronoun, and the earlier speaker must not have spoken
// in this paragraph.
func (x *extractor) newcomer(sp *speaker, pos int) *speaker {
	if newcomerOff || sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker || sp == x.related && x.relatedAt == x.sentenceNo {
		return sp // ("Trump spoke. The president's spokeswoman said": named by the relation, relations.go)
	}
	m := x.mentionTally
	o := x.opening
	if m.count != 1 || m.para != pos || o.para != pos || m.sentence != o.sentence || o.pronoun || m.sentence >= x.sentenceNo || len(x.mentioned) == 0 {
		return sp
	}
	nc := x.mentioned[len(x.mentioned)-1]
	if nc.kind != kindPerson || nc.name == sp.name || nc.name == unnamedSpeaker {
		return sp
	}
	if at, ok := x.spokeAt[sp.name]; ok && at == pos {
		return sp
	}
	if x.paraNames(pos, sp.name) {
		return sp
	}
	return nc
}

// paraNames reports whether paragraph pos names the person by any word
// of their name (surname or given name, as written or in a case form's
// stem of four letters and more).
func (x *extractor) paraNames(pos int, name string) bool {
	var text string
	for i := range x.paras {
		if x.paras[i].index == pos {
			text = x.paras[i].text
			break
		}
	}
	if text == "" {
		return true // unknown paragraph: leave the speaker alone
	}
	low := lowerString(text)
	if x.keyedIn(text, name) {
		return true // "Joeri Oesjakov" for Yuri Ushakov, "Зеленського": the document's own spelling of a known person
	}
	if latinLetters(name) != latinLetters(text) {
		return true // "Volodymyr Zelensky" for "Зеленський": a known name in another script cannot be looked for
	}
	return nameStemIn(low, name)
}

// keyedIn reports whether text names the known person canon by a
// capitalised word the name keys read as theirs, in any spelling, script
// or case (namekey.go).
func (x *extractor) keyedIn(text, canon string) bool {
	for i := 0; i < len(text); {
		w, next := nextWord(text, i)
		if w == "" {
			break
		}
		i = next
		if isCapital(w) && nameKeys().surnamePerson(w, x.src.Lang) == canon {
			return true
		}
	}
	return false
}

// nameStemIn reports whether the lower-cased text holds the stem of a word
// of name (the word less a case ending of two letters when it is long
// enough to have one: "Merza", "Зеленського").
func nameStemIn(low, name string) bool {
	for _, f := range strings.Fields(lowerString(name)) {
		r := []rune(f)
		if len(r) > 5 {
			r = r[:len(r)-2]
		}
		if len(r) >= 3 && strings.Contains(low, string(r)) {
			return true
		}
	}
	return false
}

// latinLetters reports whether most of the letters of s are Latin.
func latinLetters(s string) bool {
	latin, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return latin >= other
}

// openingPronoun reports whether a lower-case word is a personal pronoun
// that can open a sentence about someone already named: those
// pronounGender resolves, and those it leaves out as ambiguous (German
// "sie" is she or they) or plural.
func openingPronoun(w string) bool {
	if pronounGender[w] != "" {
		return true
	}
	switch w {
	case "sie", "ella", "ellos", "ellas", "ils", "elles", "they", "loro", "они", "вони", "oni", "one", "zij", "hij", "ze", "hon", "han":
		return true
	}
	return false
}
