package corpus

import (
	"strings"
	"testing"
)

// statementCase is one text and the statement expected from it.
type statementCase struct {
	name, text, speaker, fragment string
}

// checkStatements parses each case's text and looks for a statement of
// the speaker holding the fragment.
func checkStatements(t *testing.T, cases []statementCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) {
					return
				}
			}
			t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, d.Statements)
		})
	}
}

// checkNoStatements parses each case's text and fails if any statement
// holds the fragment: the negatives beside checkStatements' positives
// (the speaker field is not used).
func checkNoStatements(t *testing.T, cases []statementCase) {
	t.Helper()
	checkNoStatementsWith(t, ParseOptions{}, cases)
}

// checkNoStatementsWith is checkNoStatements parsing with opts: with a
// reader's switch set, the positives of that reader must give nothing,
// which shows the reader is what reads them.
func checkNoStatementsWith(t *testing.T, opts ParseOptions, cases []statementCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range parseCaseWith(t, c.text, opts).Statements {
				if strings.Contains(s.Text, c.fragment) {
					t.Errorf("got statement %+v, want none with %q", s, c.fragment)
				}
			}
		})
	}
}

func TestGeneratedVerbForms(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr répété", "La ministre Claire Dufresnoy a répété que la frontière restait fermée aux convois.", "Dufresnoy", "la frontière restait fermée"},
		{"fr évoqué feminine", "L'ambassadrice Odile Varenne a évoqué une proposition qui ne tient pas compte de Kiev.", "Varenne", "une proposition"},
		{"it rimarcato", "Il ministro Carlo Benvenuti ha rimarcato che il negoziato di Ginevra ha fatto progressi concreti.", "Benvenuti", "progressi concreti"},
		{"pt afirmou", "O ministro Rui Figueiredo afirmou que o acordo ainda não está fechado.", "Figueiredo", "o acordo ainda não está fechado"},
		{"pt sublinhou", "---\ntitle: t\nlang: pt\n---\n\nA deputada Marta Quintela sublinhou que a Ucrânia deve decidir sozinha.", "Quintela", "a Ucrânia deve decidir sozinha"},
		{"nl zei", "Minister Pieter Dekkers zei dat Nederland wil bijdragen aan de garanties.", "Dekkers", "Nederland wil bijdragen"},
		{"de bekräftigte", "Die Ministerin Anke Wollrath bekräftigte, die Gespräche würden fortgesetzt.", "Wollrath", "die Gespräche würden fortgesetzt"},
	})
}

func TestReadAsOtherLanguages(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"nl role and vindt", doc("nl", "Navo-chef Mark Rutte vindt dat Moskou nu aan zet is in de gesprekken."), "Rutte", "Moskou nu aan zet is"},
		{"nl inverted pronoun", doc("nl", "Minister Joost Verhagen sprak in Den Haag. \"We wachten op een antwoord uit Moskou\", zegt hij."), "Verhagen", "We wachten op een antwoord"},
		{"nl unnamed with article", doc("nl", "Een woordvoerder van het ministerie zei dat Nederland wil bijdragen aan de garanties."), unnamedSpeaker, "Nederland wil bijdragen"},
		{"pt unnamed diplomat", doc("pt", "Um diplomata europeu em Lisboa considerou que a ausência dos europeus não é um bom sinal."), unnamedSpeaker, "a ausência dos europeus"},
		{"pt inverted pronoun", doc("pt", "A ministra Teresa Albuquerque esteve em Bruxelas. «Essas decisões são nossas», disse ela."), "Albuquerque", "Essas decisões são nossas"},
	})
}

func TestViewPhrasesOfAddedLanguages(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"pt segundo ele", doc("pt", "O porta-voz Dmitri Peskov disse que a Rússia espera conhecer as alterações. O Kremlin, segundo ele, não tem pressa."), "Peskov", "não tem pressa"},
		{"nl volgens hem", doc("nl", "Woordvoerder Dmitri Peskov zei dat Rusland geen haast heeft. Het Kremlin wacht, volgens hem, op een antwoord uit Washington."), "Peskov", "op een antwoord uit Washington"},
	})
}
