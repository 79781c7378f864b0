package corpus

import (
	"strings"
	"testing"
)

// TestFillRoles: a title given once, in the introduction or with another
// statement, holds for the person's words printed without it.
func TestFillRoles(t *testing.T) {
	es := langDoc("es", "Sarrià: «Nadie firmará nada a ciegas en esta ronda»\n\n"+
		"La ministra de Defensa, Elena Sarrià, dijo el lunes que la delegación volverá a Ginebra la semana próxima.\n")
	en := langDoc("en", "Okonjo: \"We map the line first, then we talk about the rest\"\n\n"+
		"Envoy Grace Okonjo said on Monday that the monitors would arrive within a week.\n")
	for _, c := range []struct{ name, doc, speaker, fragment, role string }{
		{"es a headline quote takes the title given below", es, "Elena Sarrià", "Nadie firmará nada", "ministra"},
		{"en a headline quote takes the title given below", en, "Grace Okonjo", "We map the line first", "Envoy"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if s.Speaker == c.speaker && containsFold(s.Text, c.fragment) {
					if !containsFold(s.Role, c.role) {
						t.Errorf("role %q, want %q", s.Role, c.role)
					}
					return
				}
			}
			t.Errorf("no statement of %s with %q: %+v", c.speaker, c.fragment, d.Statements)
		})
	}
}

// containsFold reports whether sub is in s, case and spacing aside.
func containsFold(s, sub string) bool { return strings.Contains(goldLow(s), goldLow(sub)) }
