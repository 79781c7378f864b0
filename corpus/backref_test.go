package corpus

import "testing"

func TestDefiniteTitleRefersBack(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"fr definite elided title after a quoted person", doc("fr", "L'ambassadrice Hélène Varenne a estimé que le texte était une provocation utile.\n\nL'ancienne diplomate juge en revanche « très dangereuse » la logique de la date butoir.\n"), "Varenne", "très dangereuse"},
		{"en the diplomat after a quoted person", doc("en", "Ambassador Helen Varley said the draft was \"a useful provocation\".\n\nThe former diplomat also warned that the deadline was dangerous.\n"), "Varley", "the deadline was dangerous"},
	})
}

func TestIndefiniteTitleStaysUnnamed(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: t\nlang: fr\n---\n\nL'ambassadrice Hélène Varenne a estimé que le texte était une provocation utile.\n\n« Personne ne signera cela », a ajouté un diplomate européen.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if s.Text == "Personne ne signera cela" && s.Speaker != unnamedSpeaker {
			t.Errorf("an indefinite title is someone new: got %+v", s)
		}
	}
}

func TestPublisherIsNoSpeaker(t *testing.T) {
	for _, c := range []struct{ name, text, outlet string }{
		{"en according to a copy reviewed by the outlet", "---\ntitle: t\noutlet: Harbour Ledger\nlang: en\n---\n\nBRUSSELS - The counter-proposal rewrites about a third of the U.S. draft, according to a copy reviewed by Harbour Ledger.\n", "Harbour Ledger"},
		{"en the outlet learned", "---\ntitle: t\noutlet: Meridian Brief\nlang: en\n---\n\nThe draft was shortened to 19 points, Meridian Brief has learned.\n", "Meridian Brief"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if s.Speaker == c.outlet {
					t.Errorf("the publication is no speaker: %+v", s)
				}
			}
		})
	}
}
