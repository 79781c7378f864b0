package corpus

import (
	"strings"
	"testing"
)

// frontedNameCases open with a description whose noun is also a noun of
// unnamed sources ("conseillère", "consigliere", "asesora", "adviser"),
// then the person's name after a comma, then the verb: the person is
// named, and the description is their role.
var frontedNameCases = []struct{ name, text, speaker, role, fragment string }{
	{"fr", "---\ntitle: t\nlang: fr\n---\n\nLe débat a été vif. Conseillère municipale du quartier de Saint-Marc, Julie Arnaud a jugé la motion « trop vague ».", "Julie Arnaud", "Conseillère municipale du quartier de Saint-Marc", "trop vague"},
	{"it", "---\ntitle: t\nlang: it\n---\n\nIl dibattito è stato acceso. Consigliere regionale della Liguria, Paolo Ferri ha detto che la mozione è «troppo vaga».", "Paolo Ferri", "Consigliere regionale della Liguria", "troppo vaga"},
	{"es", "---\ntitle: t\nlang: es\n---\n\nEl debate fue intenso. Asesora del grupo municipal en Vigo, Lucía Ortega afirmó que la moción es «demasiado vaga».", "Lucía Ortega", "Asesora del grupo municipal en Vigo", "demasiado vaga"},
	{"en", "---\ntitle: t\nlang: en\n---\n\nThe debate was lively. Adviser to the county council in Kent, Ruth Ellis said the motion was \"far too vague\".", "Ruth Ellis", "Adviser to the county council in Kent", "far too vague"},
}

// TestFrontedName checks the reading in four languages and that each
// case fails with it disabled (the speaker is then an unnamed source).
func TestFrontedName(t *testing.T) {
	find := func(c struct{ name, text, speaker, role, fragment string }) bool {
		for _, s := range statementsOf(t, c.text) {
			if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker && s.Role == c.role {
				return true
			}
		}
		return false
	}
	for _, c := range frontedNameCases {
		if !find(c) {
			t.Errorf("%s: no statement of %q (%q) with %q", c.name, c.speaker, c.role, c.fragment)
		}
	}
	frontedNameOff = true
	defer func() { frontedNameOff = false }()
	for _, c := range frontedNameCases {
		if find(c) {
			t.Errorf("%s: found without the reading; the case tests nothing", c.name)
		}
	}
}
