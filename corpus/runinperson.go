package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A round-up may open each entry with the person's name as a bold run-in
// label and go on with the title alone: "**Marco Rubio.** The secretary of
// state …", "**Kaja Kallas.** La jefa de la diplomacia europea afirmó …",
// "**Иван Смирнов.** Политолог уверен, что …". Within the entry, a subject
// that is only a title is the labelled person (byHeadingPerson), until
// another person speaks in it.

// runInPerson returns the person a paragraph's run-in label names: its
// first sentence, when that is a name alone ("Marco Rubio. The secretary
// …", its bold already cut); nil when the first sentence names no one
// ("Abu Dhabi.", "The Europeans.", "Point 21.").
func (x *extractor) runInPerson(p string) *speaker {
	j := strings.Index(p, ". ")
	if j < 5 || j > 60 || !isCapital(p) {
		return nil
	}
	if sp := strings.Count(p[:j], " "); sp < 1 || sp > 2 {
		return nil // a name of two or three words, before any reading allocates
	}
	return x.labelName(p[:j], true)
}

// noteRunInPerson makes the entry's labelled person the one a title alone
// refers back to, for this paragraph only; it returns what to restore.
func (x *extractor) noteRunInPerson(p paragraph) (saved *speaker, mark int, ok bool) {
	sp := x.runInPerson(p.text)
	if sp == nil {
		return nil, 0, false
	}
	saved, mark = x.headPerson, x.runInMark
	x.headPerson, x.runInMark = sp, len(x.speakers)+1
	return saved, mark, true
}

// runInSpokenOver reports whether someone other than the run-in entry's
// person has spoken in the entry: "**Den Haag.** Kamerlid Joost van Brakel
// wil …. Volgens het Kamerlid …" keeps the title for van Brakel, and a
// title after another speaker is never the labelled person's.
func (x *extractor) runInSpokenOver() bool {
	if x.runInMark == 0 {
		return false
	}
	for _, s := range x.speakers[min(x.runInMark-1, len(x.speakers)):] {
		if s != x.headPerson && s.name != x.headPerson.name {
			return true
		}
	}
	return false
}

// surnameAlone reports whether the document writes the last of words (a
// name of two or three words) somewhere without the word before it, in any
// case form: its first letters up to the last two, for a surname of six
// letters or more ("Смирнов" in "Смирнова"). A person is spoken of by the
// surname alone; a place's words stay together.
func (x *extractor) surnameAlone(words []string) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	last, prev := words[len(words)-1], words[len(words)-2]
	stem := last
	if r := []rune(last); len(r) >= 6 {
		stem = string(r[:len(r)-2])
	}
	for _, p := range x.paras {
		t := p.text
		for off := 0; off < len(t); {
			i := strings.Index(t[off:], stem)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(stem)
			if r, _ := utf8.DecodeLastRuneInString(t[:at]); at > 0 && unicode.IsLetter(r) {
				continue // inside another word
			}
			before := strings.TrimRight(t[:at], " *_\u00a0")
			if !strings.HasSuffix(before, prev) {
				return true
			}
		}
	}
	return false
}
