package corpus

import (
	"strings"
	"testing"
)

// TestHostIntroducesGuest reads radio transcripts in Spanish, German and
// English whose first turn introduces the guest by name without any
// welcome word: that label is the host's, in full and by surname alone
// later, so none of its turns is a statement, while a person the host
// relays still speaks; the guest's turns carry the title the host gave
// after the name.
func TestHostIntroducesGuest(t *testing.T) {
	docs := []struct {
		lang, doc, guest, role, frag, host string
		relayed                            []string
	}{
		{"es", "---\ntitle: Entrevista\nlang: es\npublished: 2025-11-25\n---\n\n" +
			"**MARTA QUIROGA:** Son las nueve. Nos acompaña Íñigo Salcedo, ingeniero jefe del puerto de Vigo. Buenos días.\n\n" +
			"**SALCEDO:** Buenos días, Marta.\n\n" +
			"**QUIROGA:** El alcalde Ramón Feijoo dijo ayer que las obras no se retrasarán. ¿Es así?\n\n" +
			"**SALCEDO:** No del todo. La nueva grúa llegará en marzo y sin ella no podemos abrir la terminal.\n\n" +
			"**QUIROGA:** Gracias, ingeniero.\n",
			"Íñigo Salcedo", "ingeniero jefe del puerto de Vigo", "La nueva grúa llegará en marzo", "Quiroga",
			[]string{"las obras no se retrasarán"}},
		{"de", "---\ntitle: Interview\nlang: de\npublished: 2025-11-25\n---\n\n" +
			"**JONAS PFEIL:** Es ist acht Uhr zehn. Am Telefon ist Birte Lomann, Sprecherin des Hafenamts Kiel. Guten Morgen.\n\n" +
			"**LOMANN:** Guten Morgen.\n\n" +
			"**PFEIL:** Der Bürgermeister Kai Vester hat gestern gesagt, dass die Fähren pünktlich fahren. Stimmt das?\n\n" +
			"**LOMANN:** Meistens ja. Aber der Sturm hat zwei Anleger beschädigt, und die Reparatur dauert bis Januar.\n",
			"Birte Lomann", "Sprecherin des Hafenamts Kiel", "die Reparatur dauert bis Januar", "Pfeil",
			[]string{"die Fähren pünktlich fahren"}},
		{"en", "---\ntitle: Morning show\nlang: en\npublished: 2025-11-25\n---\n\n" +
			"**RUTH ABERNETHY:** It's ten past seven. On the line is Colin Marsh, spokesman for the port of Dover. Good morning.\n\n" +
			"**MARSH:** Morning, Ruth.\n\n" +
			"**ABERNETHY:** How bad are the queues?\n\n" +
			"**MARSH:** Bad. The new checks take four minutes a lorry, and we have two thousand lorries a day.\n",
			"Colin Marsh", "spokesman for the port of Dover", "The new checks take four minutes", "Abernethy", nil},
	}
	for _, c := range docs {
		d, err := Parse([]byte(c.doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Statements {
			if s.Speaker == c.guest && s.Role == c.role && strings.Contains(s.Text, c.frag) {
				found = true
			}
			if strings.Contains(s.Speaker, c.host) {
				t.Errorf("%s: the host speaks: %s: %q", c.lang, s.Speaker, s.Text)
			}
		}
		if !found {
			t.Errorf("%s: no statement of %s (%s) with %q; got %s", c.lang, c.guest, c.role, c.frag, statementsBrief(d.Statements))
		}
		for _, r := range c.relayed {
			got := false
			for _, s := range d.Statements {
				got = got || strings.Contains(s.Text, r) && !strings.Contains(s.Speaker, c.host)
			}
			if !got {
				t.Errorf("%s: the relayed words %q are no one's; got %s", c.lang, r, statementsBrief(d.Statements))
			}
		}
	}
}

// TestSameLabelPerson pins the full label and the surname label as one
// person's, and two people sharing no surname as two.
func TestSameLabelPerson(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"lucía arranz", "arranz", true},
		{"arranz", "lucía arranz", true},
		{"helen marsh, host", "helen marsh", true},
		{"ibarra", "arranz", false},
		{"anna ibarra", "tomás ibarra", false},
	} {
		if got := sameLabelPerson(c.a, c.b); got != c.want {
			t.Errorf("sameLabelPerson(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
