package corpus

import (
	"strings"
	"testing"
)

// TestColonUnnamed: a quotation after a colon that closes a sentence
// opening with an unnamed source is that source's (colonunnamed.go); a
// named person or a capitalised name between the source and the colon,
// or a source that does not open the sentence, leaves it to the other
// readings.
func TestColonUnnamed(t *testing.T) {
	cases := []unnamedColonCase{
		{"en aside", `A Ukrainian negotiator, speaking to us on condition of anonymity, put it more bluntly: "Every line the Europeans fixed is a line we no longer have to fight over alone."`,
			"Every line the Europeans fixed", true},
		{"en thread", `4/ A Ukrainian delegation member texts me: "Atmosphere is working, not ceremonial. We brought our own markups of every point."`,
			"Atmosphere is working", true},
		{"pt agent", `Um diplomata português ouvido pelo IAEE, que pediu para não ser identificado, resumiu: "Os europeus não escreveram outro plano, escreveram notas de rodapé ao plano dos outros."`,
			"Os europeus não escreveram outro plano", true},
		{"es source", `Una fuente diplomática europea lo resumió así: «Los rusos vinieron con militares, no con diplomáticos, y eso lo dice todo».`,
			"Los rusos vinieron con militares", true},
		{"de source", `Ein Diplomat aus Brüssel fasste es knapp zusammen: „Die Europäer haben keinen eigenen Plan geschrieben, nur Fußnoten zu dem der anderen.“`,
			"Die Europäer haben keinen eigenen Plan", true},
		{"en name before the colon (negative)", `A Ukrainian negotiator quoted Zelensky: "Every line the Europeans fixed is a line we no longer have to fight over alone."`,
			"Every line the Europeans fixed", false},
		{"en source not opening (negative)", `The paper's editorial, citing a Ukrainian negotiator, ends with a warning: "Every line the Europeans fixed is a line we no longer have to fight over alone."`,
			"Every line the Europeans fixed", false},
		{"fr no source (negative)", `Le texte européen se termine par une phrase : « Aucun accord ne tiendra sans garanties de sécurité crédibles pour l'Ukraine. »`,
			"Aucun accord ne tiendra", false},
	}
	checkUnnamedColon(t, "# Plan\n\n", cases)
}

// unnamedColonCase is a probe of the colon reader: text must (unnamed) or
// must not give the words quote to an unnamed source.
type unnamedColonCase struct {
	name, text, quote string
	unnamed           bool
}

// checkUnnamedColon parses each case's text under heading and checks
// whether a statement holding its quote went to an unnamed source: the
// check the prose and the list-item probes share.
func checkUnnamedColon(t *testing.T, heading string, cases []unnamedColonCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(heading+c.text+"\n"), ParseOptions{Name: "probe.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.quote) && s.Speaker == unnamedSpeaker {
					got = true
				}
			}
			if got != c.unnamed {
				t.Errorf("unnamed source's %q = %v, want %v (statements %v)", c.quote, got, c.unnamed, d.Statements)
			}
		})
	}
}
