// Asides inside a verb-first attribution. Arabic news opens on the verb
// and sets off, between the speaker and the that-word, the speaker's
// description and the time or channel of the words, each between commas:
// "قال الدكتور X، الباحث في مركز …، في تصريح لوكالة …، إن …", "قال المتحدث
// X، اليوم الأربعاء، إن …", "وقال دبلوماسي عربي، طلب عدم الكشف عن اسمه،
// إن …". The speaker is the phrase before the first comma; the phrase
// after it is their role when they were given none and it is a
// description rather than a time, a place or a clause.

package corpus

import "unicode/utf8"

// verbFirstAsideMax is how many more words than a speaker phrase alone may
// hold (citeSpanMax) the asides may add between the verb and its
// that-word.
const verbFirstAsideMax = 8

// maxAsideRole is the most words a description set off after a speaker
// may have to be read as their role.
const maxAsideRole = 8

// verbFirstAsides reads span, the words between a verb of speaking and its
// that-word, as a speaker phrase followed by asides set off by commas. It
// returns the speaker (a named person, or an unnamed source of a caseless
// script), or nil when span holds no comma or its first phrase names
// nobody.
func (x *extractor) verbFirstAsides(s string, span []tok) *speaker {
	first := -1
	for k, t := range span {
		if commaMark(t.trail) {
			first = k
			break
		}
	}
	if first < 0 || first+1 >= len(span) {
		return nil
	}
	head := span[:first+1]
	sp := x.citedPerson(s, head)
	if sp == nil {
		return x.caselessUnnamed(head) // "دبلوماسي عربي في موسكو، طلب عدم الكشف عن اسمه،"
	}
	if sp.role != "" {
		return sp
	}
	end := first + 1
	for end < len(span) && !commaMark(span[end].trail) {
		end++
	}
	if end >= len(span) || end-first > maxAsideRole || !x.asideDescription(span[first+1]) {
		return sp
	}
	a, b := span[first+1], span[end]
	role := cleanRole(trimAsideComma(s[a.start : b.start+len(b.word)]))
	if role == "" {
		return sp
	}
	return &speaker{name: sp.name, role: role, kind: sp.kind, gender: sp.gender}
}

// asideDescription reports whether an aside opening with t describes a
// person: a word with the definite article of a caseless script ("الباحث")
// or a role word, and not a word opening a time or place phrase
// ("اليوم", "في").
func (x *extractor) asideDescription(t tok) bool {
	l := lowerWord(t)
	if gapOpeners[l] || x.lx.adverbs[l] {
		return false
	}
	if c, ok := caselessData()[caselessScript(t.word)]; ok {
		return c.hasArticle(t.word)
	}
	return x.lx.isRole(l)
}

// trimAsideComma cuts a trailing comma of either script from s.
func trimAsideComma(s string) string {
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		if r != ',' && r != '،' && r != ' ' || n == 0 {
			return s
		}
		s = s[:len(s)-n]
	}
}
