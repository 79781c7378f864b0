package corpus

import (
	"strings"
	"testing"
)

// TestNestedSpeech: speech reported inside reported speech is the inner
// speaker's: "X noted that Y wrote that …" gives Y the words after the
// second that-word, not X. Each case fails without nestedspeech.go.
func TestNestedSpeech(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en noted that … wrote on Saturday that", xindDoc("en", "Senator Ruth Calloway noted that Secretary Marco Rubio wrote on Saturday that the proposal was a basis for further talks."), "Marco Rubio", "the proposal was a basis for further talks"},
		{"en recalled that … told reporters that", xindDoc("en", "The mayor, Tomas Brell, recalled that Governor Anna Vestry said on Monday that the bridge would reopen in spring."), "Anna Vestry", "the bridge would reopen in spring"},
		{"fr a rappelé que … avait écrit que", xindDoc("fr", "La députée Claire Nodier a rappelé que le ministre Paul Garnier avait écrit samedi que le texte restait une base de travail."), "Paul Garnier", "le texte restait une base de travail"},
		{"it ha ricordato che … aveva detto che", xindDoc("it", "Il deputato Carlo Benvenuti ha ricordato che il ministro Luca Ferri aveva detto che il piano andava rivisto."), "Luca Ferri", "il piano andava rivisto"},
		{"es recordó que … había dicho que", xindDoc("es", "La diputada Rosa Vidal recordó que el ministro Ramón Ferrer había dicho que el acuerdo llegaba tarde."), "Ramón Ferrer", "el acuerdo llegaba tarde"},
	})
}

// TestNestedSpeechNot: a clause whose subject is a pronoun, a group or a
// verb of belief stays the outer speaker's, and the outer speaker never
// keeps the inner speaker's words.
func TestNestedSpeechNot(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en pronoun subject", xindDoc("en", "Senator Ruth Calloway said she understood that the talks would resume next week."), "Ruth Calloway", "the talks would resume"},
		{"en group subject", xindDoc("en", "Aide Piotr Lendvai said the two leaders agreed that a short truce would only prolong the fighting."), "Piotr Lendvai", "a short truce would only prolong the fighting"},
		{"en told a named person", xindDoc("en", "Aide Piotr Lendvai said that President Ivan Dorn told Senator Ruth Calloway that the offer would not last."), "Piotr Lendvai", "the offer would not last"},
		{"en belief verb", xindDoc("en", "Senator Ruth Calloway said that Governor Anna Vestry believes that the bridge should stay closed."), "Ruth Calloway", "the bridge should stay closed"},
	})
	for _, s := range statementsOf(t, xindDoc("en", "Senator Ruth Calloway noted that Secretary Marco Rubio wrote on Saturday that the proposal was a basis for further talks.")) {
		if strings.Contains(s.Speaker, "Calloway") {
			t.Errorf("statement %q by %q: the words are Rubio's", s.Text, s.Speaker)
		}
	}
}
