package corpus

import (
	"strings"
	"testing"
)

// frontedCase is a statement expected of a speaker, with the role it must
// carry exactly ("" for any).
type frontedCase struct {
	name, lang, text, speaker, role, fragment string
}

// checkFrontedRoles parses each case and looks for a statement of the speaker
// holding the fragment, with the role asked for.
func checkFrontedRoles(t *testing.T, cases []frontedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := "---\ntitle: t\nlang: " + c.lang + "\n---\n\n" + c.text
			d, err := Parse([]byte(doc), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) && (c.role == "" || s.Role == c.role) {
					return
				}
			}
			t.Errorf("no statement of %q (%q) with %q; got %+v", c.speaker, c.role, c.fragment, d.Statements)
		})
	}
}

// TestFrontedPhraseBeforeTitle checks that a phrase of place or time
// fronted before "TITLE, NAME," is neither part of the title nor a reason
// to lose the speaker, in several languages, and that a person named
// after such a phrase with a title in apposition is who a pronoun in the
// next sentence means.
func TestFrontedPhraseBeforeTitle(t *testing.T) {
	checkFrontedRoles(t, []frontedCase{
		{"en place", "en", "In Rotterdam, the Dutch foreign minister, Pieter Valkema, said that the guarantees were still too vague.", "Pieter Valkema", "Dutch foreign minister", "the guarantees were still too vague"},
		{"en time", "en", "On Tuesday, the European Commission president, Ursula Brinkmann, said that borders cannot be moved by force.", "Ursula Brinkmann", "European Commission president", "borders cannot be moved by force"},
		{"pt place", "pt", "Do lado europeu, a presidente da Comissão Europeia, Ursula Brinkmann, disse no encontro de Lisboa que as fronteiras não podem ser alteradas.", "Ursula Brinkmann", "presidente da Comissão Europeia", "as fronteiras não podem ser alteradas"},
		{"es time", "es", "Ayer, el ministro de Defensa, Julián Arregui, dijo que el ejército no aceptará límites.", "Julián Arregui", "ministro de Defensa", "el ejército no aceptará límites"},
		{"en mention then pronoun", "en", "Across the river in Kehl, Mira Lindqvist, a historian of armistices at a small institute, watched the talks with some recognition. \"Every truce starts as one side's wish list,\" she said.", "Mira Lindqvist", "historian of armistices at a small institute", "Every truce starts"},
		{"fr mention then pronoun", "fr", "À Lyon, Claire Dumontel, une historienne des armistices, a suivi la semaine de près. « Toute trêve commence comme la liste de vœux d'un camp », a-t-elle dit.", "Claire Dumontel", "historienne des armistices", "Toute trêve commence"},
	})
}
