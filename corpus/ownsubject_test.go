package corpus

import (
	"strings"
	"testing"
)

// TestAsidePronounBindsOwnSubject checks a pronoun view aside inside a
// sentence that names its own subject ("Pavel Novák a jugé le texte,
// selon lui, plus équilibré"): the view is that subject's, not the earlier
// speaker's, in French, Spanish and Italian.
func TestAsidePronounBindsOwnSubject(t *testing.T) {
	docs := map[string]string{
		"fr": "---\nlang: fr\n---\n# Le plan\n\n« C'est un bon début », a déclaré Julien Morel, professeur à l'université de Nancy.\n\n" +
			"De son côté, Pavel Novák a jugé mardi le texte, selon lui, plus équilibré qu'avant.\n",
		"es": "---\nlang: es\n---\n# El plan\n\n«Es un buen comienzo», dijo Julián Moreno, profesor de la Universidad de Vigo.\n\n" +
			"Por su parte, Pavel Novák consideró el martes el texto, según él, más equilibrado que antes.\n",
		"it": "---\nlang: it\n---\n# Il piano\n\n«È un buon inizio», ha detto Giuliano Moretti, docente all'Università di Pavia.\n\n" +
			"Da parte sua, Pavel Novák ha giudicato martedì il testo, secondo lui, più equilibrato di prima.\n",
	}
	for lang, doc := range docs {
		t.Run(lang, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, doc) {
				if strings.Contains(s.Text, "quilibr") {
					found = true
					if s.Speaker != "Pavel Novák" {
						t.Errorf("the view is given to %q, want Pavel Novák: %q", s.Speaker, s.Text)
					}
				}
			}
			if !found {
				t.Error("no statement holds the view")
			}
		})
	}
}
