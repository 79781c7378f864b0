package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// initialledLabel reads a speaker label written as a surname after the
// initial(s) of the given name ("В.Путин", "В. В. Путин", "J. Kowalski",
// "J.-P. Martin"): the form of official transcripts (the Kremlin's, the
// Rada's, many ministries') and of stenograms. It returns the initials'
// first letter and the surname. A single capital word before the surname
// without its dot ("Le Pen", "Van Dyke") is no initial, nor is an acronym
// ("U.S. Envoy", "U.K. Minister": a title word is no surname), nor a
// courtesy title that is one letter ("M. Barrot", "κ. Παππάς": their
// readers name the person).
func (x *extractor) initialledLabel(label string) (initial rune, surname string, ok bool) {
	m := initialledRe.FindStringSubmatch(strings.TrimSpace(label))
	if m == nil || x.lx.isRole(lowerString(m[2])) {
		return 0, "", false
	}
	if ini := strings.TrimSpace(m[1]); lowerIn(x.lx.honorifics, ini) {
		return 0, "", false
	}
	r, _ := utf8.DecodeRuneInString(m[1])
	return r, m[2], true
}

// initialledRe is one to three dotted initials (glued or spaced, hyphened
// as French writes "J.-P.") and a capitalised surname, which may be
// hyphenated ("Kosiniak-Kamysz").
var initialledRe = regexp.MustCompile(`^((?:\p{Lu}\.-?\s?){1,3})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$`)

// initialledName is the person an initialled label stands for: the one
// the document names in full with that surname and a given name of that
// initial ("президент России Владимир Путин" over "В.Путин:"); else the
// known person of that surname whose name in some spelling opens with the
// initial; else "" (the label is then the name, as the transcript writes
// it).
func (x *extractor) initialledName(initial rune, surname string) string {
	for _, p := range x.paras {
		if !strings.Contains(p.text, surname) {
			continue
		}
		toks := tokenize(p.text)
		for k := 1; k < len(toks); k++ {
			a, b := toks[k-1], toks[k]
			if b.word != surname || a.trail != "" || !isCapital(a.word) || isAllCaps(a.word) || x.lx.isRole(a.low) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(a.word); r == initial && utf8.RuneCountInString(a.word) > 1 {
				return a.word + " " + b.word
			}
		}
	}
	if name := KnownPersonOf(surname, x.src.Lang); name != "" && x.initialFits(initial, name) {
		return name
	}
	return ""
}

// initialFits reports whether a known person's name, in one of its
// spellings, has a given name opening with the initial: "В." is
// Vladimir Putin's initial in Cyrillic, "V." in Latin letters.
func (x *extractor) initialFits(initial rune, name string) bool {
	spellings := []string{name}
	if p, ok := lowerIn2(x.lx.people, name); ok {
		spellings = append(spellings, p.Aliases...)
	}
	for _, s := range spellings {
		f := strings.Fields(s)
		if len(f) < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(f[0]); r == initial {
			return true
		}
	}
	return false
}
