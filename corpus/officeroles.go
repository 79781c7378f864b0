// Office roles: a report often names a person without a title where it
// quotes them ("…, a déclaré Emmanuel Macron") and gives the title in a
// sentence of its own that speaks of them by the title alone ("Le
// président de la République vise en particulier …", "The Kremlin
// spokesman later added nothing"), a sentence that is no statement. The
// title is theirs all the same: data/offices.json lists the titles that
// name an office holder unambiguously.

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// officeRole is the title the document uses for the office the person
// canonically called name holds (data/offices.json), as the document
// writes it, or "" when the document uses none. The earliest one the
// document writes is taken. Only whole words count: "président français"
// inside a longer word is no title.
func (x *extractor) officeRole(name string) string {
	if r, ok := x.offices[name]; ok {
		return r
	}
	if x.offices == nil {
		x.offices = map[string]string{}
	}
	r := x.findOfficeRole(name)
	x.offices[name] = r
	return r
}

// personOffices is officeTitles by person: the look-up keys of each
// office holder's titles.
var personOffices = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for key, person := range officeTitles() {
		m[person] = append(m[person], key)
	}
	return m
})

// findOfficeRole is officeRole without the memory.
func (x *extractor) findOfficeRole(name string) string {
	keys := personOffices()[name]
	if len(keys) == 0 || !x.documentNames(name) { // (builds x.docLow)
		return ""
	}
	best, at := "", -1
	for _, key := range keys {
		phrase := key
		if lang, p, ok := strings.Cut(key, "\x00"); ok {
			if lang != x.src.Lang {
				continue
			}
			phrase = p
		}
		i := wordIndex(x.docLow, phrase)
		if i >= 0 && (at < 0 || i < at || i == at && len(phrase) > len(best)) {
			best, at = phrase, i
		}
	}
	if at < 0 {
		return ""
	}
	return x.asWritten(at, best)
}

// wordIndex is the first index of phrase in s where it stands as whole
// words (no letter touches it on either side), or -1. It is the package's
// one whole-word finder: "is phrase there as words" is wordIndex(s,
// phrase) >= 0.
func wordIndex(s, phrase string) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(phrase):])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(phrase) == len(s) || !unicode.IsLetter(after)) {
			return i
		}
		from = i + 1
	}
	return -1
}

// asWritten is the phrase of x.docLow at byte i in the document's own
// case ("président de la République"), or the lower-case phrase when
// lowering changed the text's length and the offsets do not match. The
// title and paragraphs are read in place: x.docLow is them joined by
// newlines, so no copy of the document's text is built for one phrase.
func (x *extractor) asWritten(i int, phrase string) string {
	n := len(x.src.Title)
	for _, p := range x.paras {
		n += 1 + len(p.text)
	}
	if n != len(x.docLow) {
		return phrase
	}
	seg, at := x.src.Title, 0
	for _, p := range x.paras {
		if i < at+len(seg)+1 {
			break
		}
		at += len(seg) + 1
		seg = p.text
	}
	if j := i - at; j >= 0 && j+len(phrase) <= len(seg) && strings.EqualFold(seg[j:j+len(phrase)], phrase) {
		return seg[j : j+len(phrase)]
	}
	return phrase
}
