// A long title before a name whose complement names an institution and
// goes on past it: "Il rappresentante speciale del Cremlino per la
// cooperazione economica Kirill Dmitriev ha definito …", "Уповноважений
// Верховної Ради з прав людини Дмитро Лубінець сказав …", "Analitičar
// beogradskog Centra za evropske i bezbednosne studije Nebojša Vranješ
// rekao je …". The subject reader stops a title at the institution's
// capitals, so the person spoke with no title, or with the institution's
// last word read into the name. The role memory learns the whole title
// for the name of two capitalised words that closes the run before a
// lower-case word, and fillLearnedRoles gives it to the person's
// statements that name no title.
//
// The run between the title word and the name holds no punctuation, no
// verb of saying or acting, no auxiliary or that-word (so "Il ministro
// ha incontrato a Roma Giorgia Meloni" is not a title of Meloni's), no
// coordinator between two capitals ("the leaders of France and Germany
// Emmanuel Macron and …"), and is at most maxPreTitle words; it must hold
// a capitalised word other than a title word, followed by a lower-case
// one or standing right before the name: a title without capitals the
// subject reader takes whole.

package corpus

import "strings"

// maxPreTitle is the longest title read before a name, in words.
const maxPreTitle = 10

// preTitleRoles learns the long titles before names in a sentence that
// gave statements.
func (x *extractor) preTitleRoles(s string) {
	toks := x.lookToks(s)
	and := docRoles().relAnd
	for p := 2; p+2 < len(toks); p++ {
		a, b, after := toks[p], toks[p+1], toks[p+2]
		if !isCapital(a.word) || !isCapital(b.word) || a.trail != "" || b.trail != "" && !strings.HasPrefix(b.trail, ",") || isCapital(after.word) && b.trail == "" {
			continue
		}
		if toks[p-1].trail != "" || !x.nameLike(toks[p:p+2]) {
			continue
		}
		// back from the name to the first title word of the run
		first := -1
		for k := p - 1; k >= 0 && p-k <= maxPreTitle; k-- {
			t := toks[k]
			l := lowerWord(t)
			if k < p-1 && t.trail != "" || x.lx.speechOrThat(l) || x.lx.auxiliaries[l] {
				break
			}
			if and[l] && k+1 < p && isCapital(toks[k+1].word) && k > 0 && isCapital(toks[k-1].word) {
				break // "France and Germany": a coordination, not a title's complement
			}
			if x.lx.isRole(l) {
				first = k
			}
		}
		if first < 0 || !x.preTitleOpening(toks[first+1:p]) {
			continue
		}
		// a capital of the run after the first title word
		capital := false
		for k := first + 1; k < p; k++ {
			if isCapital(toks[k].word) && !x.lx.isRole(lowerWord(toks[k])) && (k == p-1 || !isCapital(toks[k+1].word)) {
				capital = true
			}
		}
		if !capital {
			continue
		}
		words := make([]string, 0, p-first)
		for _, t := range toks[first:p] {
			words = append(words, strings.TrimSuffix(t.raw, t.trail))
		}
		x.learnRole(tokWords(toks[p:p+2]), strings.Join(words, " "))
		p++
	}
}

// preTitleOpening reports whether run, the words between a title word and
// a name, reads as a title's complement: up to its first capital, each
// lower-case word is a title word or a link word (data/obliqueroles.json
// preTitle), or stands before one or before a capital ("speciale del",
// "beogradskog Centra"); past a capital, the complement goes on only by
// a link word ("Cremlino per", "Ради з", "Centra za").
func (x *extractor) preTitleOpening(run []tok) bool {
	links := docRoles().preTitleLinks
	for k := 0; k+1 < len(run); k++ {
		if isCapital(run[k].word) && !isCapital(run[k+1].word) && !links[lowerWord(run[k+1])] && !links[run[k+1].low] {
			return false // "Rosa Vidal citó la entrevista de": past a capital, a verb, not the complement's link
		}
	}
	for k, t := range run {
		if isCapital(t.word) {
			return true
		}
		l := lowerWord(t)
		if x.lx.isRole(l) || links[l] || links[t.low] {
			continue
		}
		if k+1 < len(run) && (isCapital(run[k+1].word) || links[lowerWord(run[k+1])]) {
			continue
		}
		return false
	}
	return true
}
