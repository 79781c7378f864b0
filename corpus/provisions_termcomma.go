// Where a term read from a relative clause ends. The rules that read a
// point's terms from "the clause, under which …", "Punkt, wonach …",
// "пункт, згідно з яким …" stop at the next comma, as an aside closes
// there ("Pytany o punkt 9, zgodnie z którym myśliwce mają stacjonować w
// Polsce, premier odparł …"). In the languages that set off every
// relative clause with commas, a comma followed by a relative pronoun
// does not close the term but opens a clause qualifying its last noun
// ("die Ukraine Gebiete im Donbass räumen soll, die Russland nie erobert
// hat"; "Україна мала б вийти з частини Донеччини, яку ми досі
// тримаємо"): cut there, the term loses what makes it the plan's. The
// pronouns are data (plans.json commaRelatives).

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// commaRelativeWords is plans.json's commaRelatives, and which of them
// need a verb-final clause (commaRelativesVerbFinal), lower case.
var commaRelativeWords = sync.OnceValue(func() map[string]bool {
	var f struct {
		Rel       []string `json:"commaRelatives"`
		VerbFinal []string `json:"commaRelativesVerbFinal"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestTermCommaEnd reads it
	m := make(map[string]bool, len(f.Rel))
	for _, w := range f.Rel {
		m[w] = false
	}
	for _, w := range f.VerbFinal {
		m[w] = true
	}
	return m
})

// termCommaEnd is where the term clause c ends: its first ", ", or, when
// a comma relative follows that comma, the ", " after the relative clause
// (-1: c runs to its end). -1 too when c has no ", ".
func termCommaEnd(c string) int {
	j := strings.Index(c, ", ")
	if j <= 0 {
		return j
	}
	w, _ := nextWord(c, j+2)
	verbFinal, ok := lowerIn2(commaRelativeWords(), w)
	if !ok {
		return j
	}
	rest := c[j+2:]
	clause := rest
	k := strings.Index(rest, ", ")
	if k >= 0 {
		clause = rest[:k]
	}
	if verbFinal && !lowerLast(clause) {
		return j // ", die Ukraine erhält Garantien": an article opening a clause of its own
	}
	if len(strings.Fields(clause)) < 3 {
		return j
	}
	if k < 0 {
		return -1
	}
	return j + 2 + k
}

// lowerLast reports whether the last word of a clause opens in lower case
// (a German verb, where nouns are capitalised).
func lowerLast(clause string) bool {
	f := strings.Fields(trimSentenceEnd(clause))
	if len(f) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsLower(r)
}

// cutTermAtComma is c up to termCommaEnd.
func cutTermAtComma(c string) string {
	if j := termCommaEnd(c); j > 0 {
		return c[:j]
	}
	return c
}
