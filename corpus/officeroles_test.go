package corpus

import (
	"strings"
	"testing"
)

// TestOfficeRoleFromOwnSentence checks a person quoted without a title
// whom the report then names by an office title alone in a sentence that
// quotes nothing: the title (data/offices.json) is the role of their
// statements, as the document writes it, in French, Italian and English.
func TestOfficeRoleFromOwnSentence(t *testing.T) {
	cases := []speakerRoleCase{
		{"fr", "« La paix ne se décrète pas », a déclaré Emmanuel Macron mardi.\n\nLe président de la République vise en particulier le point 14 du plan.",
			"Emmanuel Macron", "président de la République"},
		{"it", "«Il testo va riscritto», ha detto Vladimir Putin ai cronisti.\n\nIl presidente russo ha poi lasciato la sala senza altre domande.",
			"Vladimir Putin", "presidente russo"},
		{"en", "\"There is more work to do,\" Marco Rubio said on Monday.\n\nThe U.S. secretary of state left Geneva in the evening.",
			"Marco Rubio", "U.S. secretary of state"},
	}
	checkSpeakerRoles(t, cases)
}

// speakerRoleCase is a one-statement document in a language and the
// speaker and role its statement must carry.
type speakerRoleCase struct{ lang, doc, speaker, role string }

// checkSpeakerRoles parses each case's document and wants exactly one
// statement, with the case's speaker and (case-blind) role.
func checkSpeakerRoles(t *testing.T, cases []speakerRoleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+c.lang+"\n---\n# T\n\n"+c.doc+"\n")
			if len(got) != 1 {
				t.Fatalf("%d statements, want 1: %+v", len(got), got)
			}
			if got[0].Speaker != c.speaker || !strings.EqualFold(got[0].Role, c.role) {
				t.Errorf("speaker %q role %q, want %q %q", got[0].Speaker, got[0].Role, c.speaker, c.role)
			}
		})
	}
}
