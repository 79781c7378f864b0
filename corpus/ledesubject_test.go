package corpus

import (
	"strings"
	"testing"
)

// ledeSubjectCases introduce one person with a title in the lead and
// quote them in the next paragraph with a pronoun only, before anybody
// has spoken.
var ledeSubjectCases = []statementCase{
	{"en he said", "---\ntitle: General on the plan\nlang: en\n---\n\nLieutenant General Ian Pollard spent years at headquarters planning for a crisis like this one. Now living in the north, he has read the 28-point peace plan line by line.\n\n\"The draft is a list of trades, not a treaty,\" he said over coffee.", "Ian Pollard", "a list of trades"},
	{"de sagte er", "---\ntitle: Friedensplan\nlang: de\n---\n\nDer Militärexperte Hans Kurzmann hat beide Texte des Friedensplans mit 28 Punkten gelesen.\n\n„Der Entwurf ist eine Liste von Tauschgeschäften, kein Vertrag“, sagte er beim Kaffee.", "Hans Kurzmann", "eine Liste von Tauschgeschäften"},
	{"it ha detto lui", "---\ntitle: Piano di pace\nlang: it\n---\n\nIl generale Marco Valsecchi ha letto i due testi del piano di pace in 28 punti.\n\n«La bozza è una lista di scambi, non un trattato», ha detto lui con un sorriso.", "Marco Valsecchi", "una lista di scambi"},
}

// TestLedeSubject checks the rule in English, German and Italian, that
// each case is lost with it disabled, and that a lead naming two people
// gives the pronoun to neither.
func TestLedeSubject(t *testing.T) {
	checkStatements(t, ledeSubjectCases)
	ledeSubjectOff = true
	for _, c := range ledeSubjectCases {
		for _, s := range statementsOf(t, c.text) {
			if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker {
				t.Errorf("%s: found without the rule; the case tests nothing", c.name)
			}
		}
	}
	ledeSubjectOff = false
	two := "---\ntitle: General on the plan\nlang: en\n---\n\nLieutenant General Ian Pollard and Professor Tom Hale have read the 28-point peace plan line by line.\n\n\"The draft is a list of trades, not a treaty,\" he said over coffee."
	for _, s := range statementsOf(t, two) {
		if strings.Contains(s.Text, "a list of trades") && s.Speaker != unnamedSpeaker {
			t.Errorf("two people in the lead: %q given to %s", s.Text, s.Speaker)
		}
	}
}
