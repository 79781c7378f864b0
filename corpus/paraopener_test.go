package corpus

import (
	"strings"
	"testing"
)

// paraOpenerCases are paragraphs that open by naming a new person in a
// sentence that is not speech, then quote with a pronoun: the words are
// the newcomer's, not the speaker of the paragraph before (en de fr ro
// es; the Spanish one was right before the rule and must stay so).
var paraOpenerCases = []statementCase{
	{"en apposition was blunter", "---\ntitle: t\nlang: en\n---\n\n\"The numbers add up for now,\" said Helen Rusk, who lectures on security at a college in Leeds.\n\nTamsin Leigh Ormerod, a nurse at the county hospital whose parents came from Odesa, was blunter. The border clause, she said, \"would leave half my family on the wrong side.\"", "Tamsin Leigh Ormerod", "would leave half my family"},
	{"en bracket has been following", "---\ntitle: t\nlang: en\n---\n\n\"The numbers add up for now,\" said Helen Rusk, who lectures on security at a college in Leeds.\n\nBrigid Calloway (née Novak) has been following the talks from Prague. \"Nobody here trusts a paper signed in a hurry,\" she tells me.", "Brigid Calloway", "Nobody here trusts a paper"},
	{"de role Dr name hält", "---\ntitle: t\nlang: de\n---\n\n„Die Zahlen gehen auf“, sagte Anna Keller vom Institut für Sicherheitsfragen in Kiel.\n\nDer Völkerrechtler Dr. Matthias Ebersberger von der Universität Passau hält die Zusagen für brüchig. „Ein Versprechen ohne Truppen ist ein Brief“, sagte er.", "Matthias Ebersberger", "Ein Versprechen ohne Truppen"},
	{"ro general s-a concentrat", "---\ntitle: t\nlang: ro\n---\n\n„Cifrele nu mint”, a spus Ioana Pop, profesoară la Cluj.\n\nColonelul în rezervă Dorin Vasilescu s-a concentrat pe Dunăre. Portul Galați contează enorm pentru export, a reamintit el.", "Dorin Vasilescu", "Portul Galați contează"},
	{"fr voisin M. name", "---\ntitle: t\nlang: fr\n---\n\n« Les chiffres tiennent », a déclaré Claire Dubois, professeure à Lyon.\n\nLe voisin du dessus, M. Garnier, est descendu chercher le courrier. Il a dit que « rien n'est signé tant que Moscou n'a pas signé ».", "Garnier", "rien n'est signé"},
	{"es apposition fue más duro", "---\ntitle: t\nlang: es\n---\n\n«Las cifras cuadran», dijo Ana Beltrán, profesora en Sevilla.\n\nJoaquín Ferrández, un pescador de Cádiz cuya mujer nació en Jersón, fue más duro. La amnistía, dijo, «borra lo que pasó».", "Joaquín Ferrández", "borra lo que pasó"},
}

// TestParaOpener checks the cases, that the first five fail with the
// rule off, and negatives: a paragraph that opens with a pronoun, and
// one whose opening names a place and a body, keep the earlier speaker.
func TestParaOpener(t *testing.T) {
	checkStatements(t, paraOpenerCases)
	for _, c := range paraOpenerCases[:5] {
		d, err := Parse([]byte(c.text), ParseOptions{noParaOpener: true, namedBeforeOff: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Statements {
			if strings.Contains(s.Text, c.fragment) && strings.Contains(s.Speaker, c.speaker) {
				t.Errorf("%s: found without the rule (and without namedJustBefore, which covers the same shape); the case tests nothing", c.name)
			}
		}
	}
	for _, n := range []struct{ name, text, speaker, fragment string }{
		{"en pronoun opening", "---\ntitle: t\nlang: en\n---\n\n\"The numbers add up for now,\" said Helen Rusk, who lectures on security at a college in Leeds.\n\nShe later met Tamsin Leigh Ormerod, a nurse at the county hospital. The border clause, she said, \"would leave half the town on the wrong side.\"", "Helen Rusk", "would leave half the town"},
		{"de place and body", "---\ntitle: t\nlang: de\n---\n\n„Die Zahlen gehen auf“, sagte Anna Keller vom Institut für Sicherheitsfragen in Kiel.\n\nIn Berlin tagte am Montag der Europäische Rat. „Ein Versprechen ohne Truppen ist ein Brief“, sagte sie.", "Anna Keller", "Ein Versprechen ohne Truppen"},
	} {
		for _, s := range statementsOf(t, n.text) {
			if strings.Contains(s.Text, n.fragment) && !strings.Contains(s.Speaker, n.speaker) {
				t.Errorf("%s: %q given to %q, want %q", n.name, s.Text, s.Speaker, n.speaker)
			}
		}
	}
}
