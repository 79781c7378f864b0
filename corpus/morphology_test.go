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

func TestGeneratedVerbForms(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr répété", "La ministre Claire Dufresnoy a répété que la frontière restait fermée aux convois.", "Dufresnoy", "la frontière restait fermée"},
		{"fr évoqué feminine", "L'ambassadrice Odile Varenne a évoqué une proposition qui ne tient pas compte de Kiev.", "Varenne", "une proposition"},
		{"it parlato", "Il ministro Carlo Benvenuti ha parlato di «progressi concreti» nel negoziato di Ginevra.", "Benvenuti", "progressi concreti"},
		{"pt afirmou", "O ministro Rui Figueiredo afirmou que o acordo ainda não está fechado.", "Figueiredo", "o acordo ainda não está fechado"},
		{"pt sublinhou", "A deputada Marta Quintela sublinhou que a Ucrânia deve decidir sozinha.", "Quintela", "a Ucrânia deve decidir sozinha"},
		{"nl zei", "Minister Pieter Dekkers zei dat Nederland wil bijdragen aan de garanties.", "Dekkers", "Nederland wil bijdragen"},
		{"de betonten plural form", "Die Ministerin Anke Wollrath bekräftigte, die Gespräche würden fortgesetzt.", "Wollrath", "die Gespräche würden fortgesetzt"},
	})
}
