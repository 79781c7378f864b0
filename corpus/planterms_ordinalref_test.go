package corpus

import "testing"

// TestTermOrdinalPointRef checks that a term whose sentence names its
// point by an ordinal ("the seventh point offered …", "пункт сьомий — …")
// keeps the document's number when the version the context gave numbers
// the term otherwise: the ordinal counts as a digit does (onePointRef),
// and the version moves to the one that numbers the term so.
func TestTermOrdinalPointRef(t *testing.T) {
	usBefore := map[string]string{
		"en": "The 20-point framework was presented on Tuesday.\n\nShe also recalled that the November American draft capped the army at 600,000.\n\n",
		"uk": "Уряд заслухав інформацію про рамковий документ із 20 пунктів.\n\nВін також нагадав, що листопадовий американський проєкт обмежував армію 600 тисячами.\n\n",
		"ru": "Правительство обсудило рамочный документ из 20 пунктов.\n\nОн также напомнил, что ноябрьский американский проект ограничивал армию 600 тысячами.\n\n",
	}
	fw := "20-point framework"
	checkFresh(t, []freshCase{
		{name: "uk ordinal after point word, dash", doc: talksHead("uk") + usBefore["uk"] + "Вона окремо згадала про пункт сьомий — членство України в Європейському Союзі у визначений строк.\n",
			want: []Provision{{Plan: fw, Number: 7, Text: "пункт сьомий"}}},
		{name: "en ordinal, verb no list knows", doc: talksHead("en") + usBefore["en"] + "She recalled that the seventh point offered Ukraine membership of the European Union at a defined date.\n",
			want: []Provision{{Plan: fw, Number: 7, Text: "seventh point"}}},
		{name: "ru ordinal first, dash", doc: talksHead("ru") + usBefore["ru"] + "Она отдельно упомянула седьмой пункт — членство Украины в Европейском союзе в определённый срок.\n",
			want: []Provision{{Plan: fw, Number: 7, Text: "седьмой пункт"}}},
	})
	// negatives: an ordinal no version gives the term keeps the term's own
	// number; so does a sentence whose two digit references disagree
	for _, tt := range []struct{ name, doc string }{
		{"ordinal of another point", talksHead("en") + usBefore["en"] + "The first point I would make is that Ukraine would join the European Union at a defined date.\n"},
		{"ordinal with a figure", talksHead("en") + usBefore["en"] + "Her second point was that Ukraine would join the European Union at a defined date.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range d.Provisions {
				if p.Number == 1 || p.Number == 2 {
					t.Errorf("an ordinal no version gives the term numbered it: %s #%d %q", p.Plan, p.Number, p.Text)
				}
			}
		})
	}
}
