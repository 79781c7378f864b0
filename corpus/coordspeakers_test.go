package corpus

import (
	"strings"
	"testing"
)

// TestCoordinatedSpeakers checks that a sentence joining two speakers
// with a conjunction after a comma gives each their own words, in several
// languages, and that a clause going on without a subject of its own
// ("…, and added that …") stays with the first speaker.
func TestCoordinatedSpeakers(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"en and title name", doc("en", "Senator Alan Brooks has said the deal is not final, and Defence Secretary Maria Lowell insisted that the guarantees would hold."), "Maria Lowell", "the guarantees would hold"},
		{"en first keeps own", doc("en", "Senator Alan Brooks has said the deal is not final, and Defence Secretary Maria Lowell insisted that the guarantees would hold."), "Alan Brooks", "the deal is not final"},
		{"en unnamed second", doc("en", "The negotiators said they had read the text line by line, and a senior European official said two clauses were set aside."), "unnamed source", "two clauses were set aside"},
		{"it ma", doc("it", "Il ministro Paolo Brambati ha detto che il piano è utile, ma il presidente Carlo Verdi ha detto che serve più tempo."), "Carlo Verdi", "serve più tempo"},
		{"de aber", doc("de", "Der Minister Jan Hollmann sagte, der Plan sei nützlich, aber die Ministerin Anke Wollrath sagte, es brauche mehr Zeit."), "Anke Wollrath", "es brauche mehr Zeit"},
		{"es pero unnamed", doc("es", "El ministro Julián Arregui dijo que el plan es útil, pero una fuente diplomática europea dijo que falta tiempo."), "unnamed source", "falta tiempo"},
	})
	d, err := Parse([]byte(doc("en", "Senator Alan Brooks said the talks were useful, and added that more meetings were planned.")), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 1 || !strings.Contains(d.Statements[0].Text, "more meetings were planned") {
		t.Errorf("\"and added that\" split from its speaker: %+v", d.Statements)
	}
}
