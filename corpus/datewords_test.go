package corpus

import "testing"

// TestDatesMoreLanguages checks dates as the smaller languages write them
// in a body, front matter or dateline (datewords.go, grammar.json
// dateFillers, yearMarkers, dayMarkers): words between the parts ("24 de
// novembro de 2025"), a word marking the year ("2025 m.", "2025. gada"),
// the day marked after it ("24 d."), and dates in dotted digits; the
// languages whose month names alone were enough stay read.
func TestDatesMoreLanguages(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Vilnius, 2025 m. lapkričio 24 d. – Derybos tęsis.", "2025-11-24"},
		{"Rīga, 2025. gada 24. novembrī – Sarunas turpināsies.", "2025-11-24"},
		{"Lisboa, 24 de novembro de 2025 – As negociações continuam.", "2025-11-24"},
		{"Madrid, 3 de diciembre de 2025. Las conversaciones siguen.", "2025-12-03"},
		{"Praha 24.11.2025 – Jednání pokračují.", "2025-11-24"},
		{"Päivitetty 2.12.2025 klo 14.05", "2025-12-02"},
		{"Budapest, 2025.11.24. – A tárgyalások folytatódnak.", "2025-11-24"},
		{"Tallinn, 24. novembril 2025 – Läbirääkimised jätkuvad.", "2025-11-24"},
		{"24. marraskuuta 2025", "2025-11-24"},
		{"Δευτέρα, 24 Νοεμβρίου 2025", "2025-11-24"},
		{"24 Kasım 2025 Pazartesi", "2025-11-24"},
		{"luni, 24 noiembrie 2025", "2025-11-24"},
		{"24. listopadu 2025", "2025-11-24"},
		// no date: a time, a share, a year before an unmarked month, a
		// number before "de" with no month
		{"Kello 12.00 alkaen", ""},
		{"In 2025 March 3 was cold", ""},
		{"El 24 de los 28 puntos sigue igual en 2025.", ""},
		{"Growth of 1.5 per cent in 2025", ""},
	} {
		if got := findDate(c.text); got != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// datelines give the day and month without a year
	for _, c := range []struct{ lang, body, want string }{
		{"lt", "VILNIUS, lapkričio 24 d. (BNS) – Vyriausybė teigia, kad planas nepriimtinas.", "2025-11-24"},
		{"pt", "LISBOA, 24 de novembro (Lusa) – O Governo considera o plano inaceitável.", "2025-11-24"},
		{"lv", "RĪGA, 24. novembrī (LETA) – Valdība uzskata, ka plāns nav pieņemams.", "2025-11-24"},
	} {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.body+"\n"), ParseOptions{Name: "x.txt", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if d.Source.Published != c.want {
			t.Errorf("%q: published %q, want %q", c.body, d.Source.Published, c.want)
		}
	}
	// a date in front matter in the language's own words
	for _, pub := range []string{"2025 m. lapkričio 24 d.", "2025. gada 24. novembrī", "24 de novembro de 2025", "24.11.2025"} {
		d, err := Parse([]byte("---\ntitle: t\npublished: "+pub+"\n---\n\nText.\n"), ParseOptions{Name: "x.txt", Now: fixedNow})
		if err != nil {
			t.Errorf("published %q: %v", pub, err)
			continue
		}
		if d.Source.Published != "2025-11-24" {
			t.Errorf("published %q read as %q", pub, d.Source.Published)
		}
	}
}
