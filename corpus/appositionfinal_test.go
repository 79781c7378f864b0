package corpus

import (
	"strings"
	"testing"
)

// TestAppositionFinal checks the Hungarian apposition closed by its head
// with no comma before the verb or the postposition: the speaker is the
// name before it, with the apposition as role. A sentence of the same
// shape with no speech verb gives nothing.
func TestAppositionFinal(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, role, fragment string }{
		{"said that", "Kertész Ábel, a magyar kormány szóvivője a tárgyalás után újságíróknak azt mondta, hogy a találkozó eredményes volt.", "Kertész Ábel", "szóvivője", "a találkozó eredményes volt"},
		{"according", "Vándor Kinga, a Keleti Intézet elemzője szerint a Kreml időt akar nyerni.", "Vándor Kinga", "elemzője", "a Kreml időt akar nyerni"},
		{"added", "Fodor Iván, a védelmi tárca államtitkára közölte, hogy a gyakorlat jövő héten kezdődik.", "Fodor Iván", "államtitkára", "a gyakorlat jövő héten kezdődik"},
		{"trip", "Kertész Ábel, a magyar kormány szóvivője kedden Bécsbe utazott.", "", "", ""},
	} {
		d, err := Parse([]byte("---\ntitle: t\nlang: hu\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if c.speaker == "" {
			if len(d.Statements) != 0 {
				t.Errorf("%s: want none, got %s", c.name, statementsBrief(d.Statements))
			}
			continue
		}
		ok := false
		for _, s := range d.Statements {
			ok = ok || s.Speaker == c.speaker && strings.Contains(s.Role, c.role) && strings.Contains(s.Text, c.fragment)
		}
		if !ok {
			t.Errorf("%s: no statement of %q (%s) with %q; got %s", c.name, c.speaker, c.role, c.fragment, statementsBrief(d.Statements))
		}
	}
}
