package corpus

import (
	"strings"
	"testing"
)

// newcomerCases are paragraphs that open by introducing a new person
// without a speech verb, then quote with only a pronoun or a dropped
// subject: the words are the newcomer's, not the speaker of the
// paragraph before.
var newcomerCases = []statementCase{
	{"de Konjunktiv, meint er", "---\ntitle: t\nlang: de\n---\n\n«Die Zahlen gehen auf», sagt Anna Keller vom Institut für Sicherheitsfragen in Kiel.\n\nVorsichtiger ist der Militärhistoriker Paul Brandner. Seit dem Sommer hat sich an der Front wenig bewegt. Die Obergrenze klinge vernünftig, sei aber kaum überprüfbar, meint er.", "Paul Brandner", "Die Obergrenze klinge vernünftig"},
	{"it soggetto sottinteso", "---\ntitle: t\nlang: it\n---\n\n«Il testo è più solido di quanto sembri», osserva Marta Ricci, che insegna diritto a Pisa.\n\nPiù cauto Franco Deledda, generale in congedo ed ex addetto militare a Varsavia. Il nodo resta la frontiera. «Nessuno sa chi la controllerà davvero», ha spiegato al nostro giornale.", "Franco Deledda", "Nessuno sa chi la controllerà"},
	{"en he said", "---\ntitle: t\nlang: en\n---\n\n\"The numbers add up for now,\" said Helen Rusk, who lectures on security at a college in Leeds.\n\nLess hopeful is the military historian Owen Pryce. Little has moved on the front line since the summer. \"Nobody has said who will check the border line,\" he said.", "Owen Pryce", "Nobody has said who will check"},
}

// TestNewcomer checks the rule in German, Italian and English, that each
// case fails with it disabled, and that a paragraph opening with a
// pronoun keeps the earlier speaker.
func TestNewcomer(t *testing.T) {
	checkStatements(t, newcomerCases)
	newcomerOff = true
	for _, c := range newcomerCases {
		for _, s := range statementsOf(t, c.text) {
			if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker {
				t.Errorf("%s: found without the rule; the case tests nothing", c.name)
			}
		}
	}
	newcomerOff = false
	kept := "---\ntitle: t\nlang: de\n---\n\n«Die Zahlen gehen auf», sagt Anna Keller vom Institut für Sicherheitsfragen in Kiel.\n\nSie verweist auf den Militärhistoriker Paul Brandner. Seit dem Sommer hat sich an der Front wenig bewegt. Die Obergrenze klinge vernünftig, sei aber kaum überprüfbar, meint sie."
	for _, s := range statementsOf(t, kept) {
		if strings.Contains(s.Text, "Obergrenze") && s.Speaker == "Paul Brandner" {
			t.Errorf("pronoun-opened paragraph: %q given to the person it mentions", s.Text)
		}
	}
}
