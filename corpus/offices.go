// Office holders: a report names a person once ("entre Emmanuel Macron et
// Volodymyr Zelensky") and goes on with the title alone ("Le président de
// la République a rappelé que …", "the Kremlin spokesman said",
// "szef rosyjskiej dyplomacji podkreślił"). When the title names one office
// unambiguously (data/offices.json) and the document names its holder, the
// title is that person.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/offices.json
var officesJSON []byte

// officeTitles is data/offices.json read as look-ups: a lower-case title
// phrase, or a language and the phrase ("fr\x00chef de l'état"), to the
// canonical name of the person holding the office.
var officeTitles = sync.OnceValue(func() map[string]string {
	var d struct {
		Offices []struct {
			Person string   `json:"person"`
			Titles []string `json:"titles"`
		} `json:"offices"`
	}
	mustDecodeJSON("data/offices.json", officesJSON, &d)
	m := map[string]string{}
	for _, o := range d.Offices {
		for _, t := range o.Titles {
			if lang, phrase, ok := strings.Cut(t, ":"); ok && len(lang) == 2 {
				t = lang + "\x00" + phrase
			}
			m[lowerString(t)] = o.Person
		}
	}
	return m
})

// byOffice returns the person a title used alone as a subject names
// (words, an article first or not, and lows, the same in lower case), when
// offices.json knows the office and the document names its holder
// somewhere; nil otherwise.
func (x *extractor) byOffice(words, lows []string) *speaker {
	if len(lows) == 0 || len(lows) > 7 {
		return nil
	}
	if len(lows) > 1 && roleArticles[lows[0]] {
		words, lows = words[1:], lows[1:]
	}
	joined := strings.Join(lows, " ")
	if noun, elided := cutElidedArticle(joined); elided {
		joined = noun // "l'ancien …" is read without its article
		if w, ok := cutElidedArticle(words[0]); ok {
			words = append([]string{w}, words[1:]...) // nor written with it in the role
		}
	}
	titles := officeTitles()
	name, ok := titles[joined]
	if !ok {
		name, ok = titles[x.src.Lang+"\x00"+joined]
	}
	if !ok || !x.documentNames(name) {
		return nil
	}
	role := cleanRole(strings.Join(words, " ")) // the title as written
	if sp, ok := x.people[name]; ok {
		if sp.role == "" {
			sp.role = role
		}
		return sp
	}
	return x.person(strings.Fields(name), role) // canonical name, gender and short form as for any named person
}

// lowerInto writes s in lower case to b as strings.ToLower would give it
// (unicode.ToLower by rune, an invalid byte as U+FFFD), without a lowered
// copy of s of its own.
func lowerInto(b *strings.Builder, s string) {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
}

// documentNames reports whether the document names the person canonically
// called name, in full or by one of their spellings of four letters or
// more (a case form such as "Ławrowa" holds "Ławrow").
func (x *extractor) documentNames(name string) bool {
	x.buildDocLow()
	spellings := []string{name}
	if p, ok := lowerIn2(x.lx.people, name); ok {
		spellings = append(spellings, p.Aliases...)
	}
	for _, s := range spellings {
		if utf8.RuneCountInString(s) >= 4 && strings.Contains(x.docLow, lowerString(s)) {
			return true
		}
	}
	return false
}

// buildDocLow sets x.docLow, the title and the paragraphs in lower case
// joined by newlines, once per document.
func (x *extractor) buildDocLow() {
	if x.docLow == "" {
		var b strings.Builder
		n := len(x.src.Title)
		for _, p := range x.paras {
			n += 1 + len(p.text)
		}
		b.Grow(n) // one allocation for the whole text when lowering keeps lengths
		lowerInto(&b, x.src.Title)
		for _, p := range x.paras {
			b.WriteByte('\n')
			lowerInto(&b, p.text)
		}
		x.docLow = b.String()
	}
}

// officeLastWords are the last words of offices.json's titles, so that
// officeSubject looks a title up only before a word that can end one.
var officeLastWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for t := range officeTitles() {
		if _, phrase, ok := strings.Cut(t, "\x00"); ok {
			t = phrase
		}
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			m[t[i+1:]] = true
		}
	}
	return m
})

// maxOfficeWords is the most words an office title of offices.json has
// with its article ("the U.S. secretary of state" is six).
const maxOfficeWords = 7

// officeSubject reads the words before the verb, ending at toks[j], as a
// whole title of offices.json with its article ("L'envoyé spécial
// américain a ajouté", "Le secrétaire d'État américain a affirmé"): the
// subject rules stop at a lower-case word that is no title ("spécial"),
// and the title's last word alone ("américain") names no office. The
// longest title that opens the clause (the sentence's start, or after a
// punctuation mark) wins; it returns the holder and where the title
// starts, or nil.
func (x *extractor) officeSubject(toks []tok, j int) (*speaker, int) {
	if j < 1 || !officeLastWords()[lowerWord(toks[j])] {
		return nil, 0
	}
	for a := max(0, j-maxOfficeWords+1); a < j; a++ {
		if a > 0 && toks[a-1].trail == "" {
			continue // inside a longer phrase: "the former US special envoy" is read by the usual rules
		}
		clean := true
		for _, t := range toks[a:j] {
			clean = clean && t.trail == ""
		}
		if !clean {
			continue
		}
		words, lows := make([]string, 0, j-a+1), make([]string, 0, j-a+1)
		for _, t := range toks[a : j+1] {
			words, lows = append(words, t.word), append(lows, lowerWord(t))
		}
		if sp := x.byOffice(words, lows); sp != nil {
			return sp, a
		}
	}
	return nil, 0
}
