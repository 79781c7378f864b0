package corpus

import (
	"strings"
	"testing"
)

func TestTitleNamedInAStatementSentence(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, role string }{
		{"en", "---\ntitle: t\nlang: en\n---\n\nIn Paris, where he met French President Emmanuel Macron on Monday, Zelensky said the talks had gone well.\n\nMacron told reporters that there was no finalised peace plan.\n", "Emmanuel Macron", "President"},
		{"it", "---\ntitle: t\nlang: it\n---\n\nA Parigi, dove ha incontrato il presidente francese Emmanuel Macron, Zelensky ha detto che i colloqui sono andati bene.\n\nMacron ha detto che non esiste ancora un piano definitivo.\n", "Emmanuel Macron", "presidente"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if s.Speaker == c.speaker {
					if !strings.Contains(s.Role, c.role) {
						t.Errorf("role %q, want %q", s.Role, c.role)
					}
					return
				}
			}
			t.Errorf("no statement of %s: %+v", c.speaker, d.Statements)
		})
	}
}
