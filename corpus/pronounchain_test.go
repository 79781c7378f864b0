package corpus

import (
	"strings"
	"testing"
)

// pronounChainCases quote a minister, go on about them with a sentence
// opened by a pronoun that names another person with a title in its
// complement, then quote "he said": the words are the minister's.
var pronounChainCases = []statementCase{
	{"en he said", "---\ntitle: Peace plan talks\nlang: en\n---\n\nThe peace plan of 28 points was discussed in Geneva on Sunday.\n\nForeign Secretary Alan Berwick said the remaining issues were \"not beyond reach\" but that more time was needed. He declined to say whether the deadline set by President Donald Trump still held. \"We would like it to be as soon as possible,\" he said.", "Alan Berwick", "as soon as possible"},
	{"de sagte er", "---\ntitle: Friedensplan\nlang: de\n---\n\nDer Friedensplan mit 28 Punkten wurde am Sonntag in Genf besprochen.\n\nAußenminister Albert Brenner sagte, die offenen Fragen seien „nicht unüberwindbar“, es brauche aber mehr Zeit. Er wollte nicht sagen, ob die von Präsident Donald Trump gesetzte Frist noch gelte. „Wir möchten so bald wie möglich fertig werden“, sagte er.", "Albert Brenner", "so bald wie möglich"},
	{"fr a-t-il dit", "---\ntitle: Plan de paix\nlang: fr\n---\n\nLe plan de paix en 28 points a été discuté dimanche à Genève.\n\nLe ministre des Affaires étrangères Alain Bertrand a déclaré que les questions restantes n'étaient « pas insurmontables » mais qu'il fallait plus de temps. Il a refusé de dire si le délai fixé par le président Donald Trump tenait toujours. « Nous aimerions que ce soit le plus tôt possible », a-t-il dit.", "Alain Bertrand", "le plus tôt possible"},
}

// TestPronounChain checks the rule in English, German and French, that
// each case goes to the person named in the complement with the rule
// disabled, and that a pronoun after a sentence that names one person
// without a pronoun subject still stands for that person.
func TestPronounChain(t *testing.T) {
	checkStatements(t, pronounChainCases)
	pronounChainOff = true
	for _, c := range pronounChainCases {
		for _, s := range statementsOf(t, c.text) {
			if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker {
				t.Errorf("%s: found without the rule; the case tests nothing", c.name)
			}
		}
	}
	pronounChainOff = false
	checkStatements(t, []statementCase{
		{"en confirmed by", "---\ntitle: Peace plan talks\nlang: en\n---\n\nThe peace plan of 28 points was discussed in Geneva on Sunday.\n\nForeign Secretary Alan Berwick said the remaining issues were \"not beyond reach\". The news was later confirmed by spokesman Jeff Tallis. \"We would like a deal soon,\" he said.", "Jeff Tallis", "We would like a deal soon"},
	})
}
