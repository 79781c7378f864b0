package corpus

import (
	"strings"
	"testing"
)

// TestViewOfQuotedPerson checks a view given without quotation marks
// after a view preposition and the short name of someone the report has
// already quoted ("Pour Delambre, la bataille se jouera …", "Per Ferrandi,
// il voto …", "Für Brandt ist …"): the view is theirs, under their full
// name, and the preposition never becomes a given name. Someone only
// mentioned keeps the old rule: no quotation, no statement.
func TestViewOfQuotedPerson(t *testing.T) {
	cases := []struct{ name, text, speaker, fragment string }{
		{"fr", "---\ntitle: t\nlang: fr\n---\n\n« Cela change tout pour la dissuasion », estime le général à la retraite Hugues Delambre.\n\nPour Delambre, la bataille se jouera sur les garanties.",
			"Hugues Delambre", "la bataille se jouera sur les garanties"},
		{"it", "---\ntitle: t\nlang: it\n---\n\n«Il testo è fragile», ha detto la senatrice Giulia Ferrandi.\n\nPer Ferrandi, il voto slitterà comunque a gennaio.",
			"Giulia Ferrandi", "il voto slitterà comunque a gennaio"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, c.text) {
				if strings.HasPrefix(s.Speaker, "Pour ") || strings.HasPrefix(s.Speaker, "Per ") {
					t.Errorf("view preposition read as a name: %q", s.Speaker)
				}
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.fragment) {
					found = true
				}
			}
			if !found {
				t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, statementsOf(t, c.text))
			}
		})
	}
	for _, s := range statementsOf(t, "---\ntitle: t\nlang: fr\n---\n\nLe général Hugues Delambre a commandé la brigade.\n\nPour Delambre, la bataille se jouera sur les garanties.") {
		if strings.Contains(s.Text, "la bataille se jouera") {
			t.Errorf("an unquoted view of someone only mentioned given to %q", s.Speaker)
		}
	}
}

// TestQualifierAfterTitle checks a qualifier written after the title it
// qualifies ("le général à la retraite Hugues Delambre", "il generale in
// pensione Marco Bassi", "генерал на пенсии Иван Попов"): the name after
// it speaks. Without the qualifiers appended to titlequalifiers.json the
// French one is lost.
func TestQualifierAfterTitle(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr", "---\ntitle: t\nlang: fr\n---\n\n« Cela change tout pour la dissuasion », estime le général à la retraite Hugues Delambre.",
			"Hugues Delambre", "Cela change tout pour la dissuasion"},
		{"it", "---\ntitle: t\nlang: it\n---\n\nIl generale in pensione Marco Bassi ha detto che il fronte tiene.",
			"Marco Bassi", "il fronte tiene"},
		{"ru", "---\ntitle: t\nlang: ru\n---\n\nГенерал на пенсии Иван Попов заявил, что фронт держится.",
			"Иван Попов", "фронт держится"},
	})
}
