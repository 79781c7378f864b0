package corpus

import (
	"strings"
	"testing"
)

// TestCitedSpeech: words reported through someone who cites them are the
// cited person's: a cite verb, the person, then a link ("wonach", "pour
// qui", "as saying", a relative pronoun with a speech verb, a that-word).
// Each case fails without citedspeech.go.
func TestCitedSpeech(t *testing.T) {
	checkStatements(t, []statementCase{
		{"de zitiert …, wonach", xindDoc("de", "Die Lokalzeitung zitiert den Landrat Erwin Stoll, wonach die Gemeinden mehr Geld für Flüchtlinge bräuchten."), "Erwin Stoll", "die Gemeinden mehr Geld für Flüchtlinge bräuchten"},
		{"es citó …, que dijo", xindDoc("es", "La presentadora citó al alcalde Ramón Ferrer, que dijo no haber recibido ninguna ayuda del Gobierno."), "Ramón Ferrer", "no haber recibido ninguna ayuda"},
		{"fr citait …, pour qui", xindDoc("fr", "L'élu citait la sénatrice Odile Marchand, présidente de la commission, pour qui aucune frontière ne peut changer par la force."), "Odile Marchand", "aucune frontière ne peut changer par la force"},
		{"pl przytacza słowa …, że", xindDoc("pl", "Dziennik przytacza słowa ministra Tomasza Rudnego, że Polska nie zgodzi się na takie warunki."), "Rudn", "Polska nie zgodzi się na takie warunki"},
		{"pt cita …, que falou em", xindDoc("pt", "O jornal cita o ministro Rui Figueiredo, que falou em avanços muito claros."), "Rui Figueiredo", "avanços muito claros"},
		{"en quotes … as saying", xindDoc("en", "The newspaper quotes Senator Ruth Calloway as saying that the deadline cannot hold."), "Ruth Calloway", "the deadline cannot hold"},
		{"es two cited, the first", xindDoc("es", "El tertuliano citó al alcalde Ramón Ferrer, que dijo no haber recibido ayuda, y a la concejala Rosa Vidal, que afirmó que el plan llega tarde."), "Ramón Ferrer", "no haber recibido ayuda"},
		{"es two cited, the second", xindDoc("es", "El tertuliano citó al alcalde Ramón Ferrer, que dijo no haber recibido ayuda, y a la concejala Rosa Vidal, que afirmó que el plan llega tarde."), "Rosa Vidal", "el plan llega tarde"},
		{"de two cited, der … bezeichnete", xindDoc("de", "Das Blatt zitiert den Landrat Erwin Stoll, wonach die Gemeinden mehr Geld bräuchten, und die Bürgermeisterin Petra Lang, die den Plan als verfrüht bezeichnete."), "Petra Lang", "den Plan als verfrüht"},
	})
}

// TestCitedSpeechNot: a cite verb whose object is no person (a document,
// a figure) or with no link after the person gives nothing, and the first
// of two cited people keeps only their own words.
func TestCitedSpeechNot(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"en cites a report", xindDoc("en", "The ministry cites the annual report, which lists the damage to schools.")},
		{"de zitiert without a link", xindDoc("de", "Die Zeitung zitiert den Landrat Erwin Stoll ausführlich auf ihrer Titelseite.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				t.Errorf("statement %q by %q: nothing is cited", s.Text, s.Speaker)
			}
		})
	}
	for _, s := range statementsOf(t, xindDoc("es", "El tertuliano citó al alcalde Ramón Ferrer, que dijo no haber recibido ayuda, y a la concejala Rosa Vidal, que afirmó que el plan llega tarde.")) {
		if strings.Contains(s.Speaker, "Ferrer") && strings.Contains(s.Text, "llega tarde") {
			t.Errorf("statement %q by %q: the second person's words are not the first's", s.Text, s.Speaker)
		}
	}
}

// TestCommaLeadIn: a sentence opening with a new subject and its verb
// before a comma ("Die Zeitung folgert, …") is not the last speaker's
// report going on in the Konjunktiv. Fails without leadclause.go.
func TestCommaLeadIn(t *testing.T) {
	text := xindDoc("de", "Der Minister Jens Albrecht sagte, der Plan sei ein Anfang. Die Zeitung folgert, der Kreml lasse sich Zeit.")
	for _, s := range statementsOf(t, text) {
		if strings.Contains(s.Text, "lasse sich Zeit") && strings.Contains(s.Speaker, "Albrecht") {
			t.Errorf("statement %q by %q: the paper's conclusion is not the minister's", s.Text, s.Speaker)
		}
	}
}
