package corpus

import "testing"

// TestBracketNoteOwnClause checks that a point's number in brackets after
// its clause numbers that clause when the sentence names another point
// too, and that a note in words ("(point four)", "(punto siete)") is read
// as a digit is (provisions_notejoin.go, bracketPoint). Negatives: a note
// before the join closes its own clause, so the text after it stays with
// the next note; words in brackets that are no point ("(see point six)",
// a page, a year, a footnote) give no number.
func TestBracketNoteOwnClause(t *testing.T) {
	fw, us := "20-point framework", "US 28-point draft"
	checkFresh(t, []freshCase{
		{name: "es cardinal note", doc: talksHead("es") + "El marco de 20 puntos se presentó el 23 de diciembre. Lo que cambia para los exportadores:\n\n- **Mercado europeo.** Ucrania se convertiría en miembro de la UE en una fecha definida y tendría acceso preferente al mercado europeo (punto siete).\n",
			want: []Provision{{Plan: fw, Number: 7, Text: "miembro de la UE"}}},
		{name: "en cardinal note then a point clause", doc: talksHead("en") + "The 20-point framework was presented on 23 December.\n\nThe framework also keeps Ukraine's army at 800,000 in peacetime (point four), and point 18 calls for elections as soon as possible after signing.\n",
			want: []Provision{{Plan: fw, Number: 4, Text: "800,000 in peacetime (point four)"}, {Plan: fw, Number: 18, Text: "elections"}},
			not:  []string{"(point four), and point 18"}},
		{name: "de cardinal note then a point clause", doc: talksHead("de") + "Der 20-Punkte-Rahmen wurde am 23. Dezember vorgestellt.\n\nDer Rahmen sieht eine Armee von 800.000 Mann in Friedenszeiten vor (Punkt vier), und Punkt 18 verlangt Wahlen so bald wie möglich nach der Unterzeichnung.\n",
			want: []Provision{{Plan: fw, Number: 4, Text: "800.000 Mann"}, {Plan: fw, Number: 18, Text: "Wahlen"}},
			not:  []string{"(Punkt vier), und Punkt 18"}},
		{name: "nl point clause then a note", doc: talksHead("nl") + "Hij wees op het twintigpuntenkader van 23 december, dat in punt 5 garanties belooft die lijken op artikel 5 van het NAVO-verdrag, en dat een leger van 800.000 militairen in vredestijd toestaat (punt 4).\n",
			want: []Provision{{Plan: unnamedPlan, Number: 4, Text: "800.000 militairen"}},
			not:  []string{"artikel 5 van het NAVO-verdrag, en dat een leger"}},
		{name: "ru point clause then a note", doc: talksHead("ru") + "Рамочный документ из 20 пунктов представили в декабре.\n\nПункт 14 закрепляет линию соприкосновения на день подписания, а Совет мира во главе с Трампом будет следить за выполнением соглашения (пункт 19).\n",
			want: []Provision{{Plan: fw, Number: 19, Text: "Совет мира"}},
			not:  []string{"подписания, а Совет мира"}},
		// negatives
		{name: "pt note before the join keeps the list", doc: talksHead("pt") + "O plano americano de 28 pontos começa por confirmar a soberania da Ucrânia (ponto 1) e prevê um acordo de não agressão entre a Rússia, a Ucrânia e a Europa (ponto 2).\n",
			want: []Provision{{Plan: us, Number: 2, Text: "entre a Rússia, a Ucrânia e a Europa"}}},
		{name: "en note before the join keeps its tail", doc: talksHead("en") + "The 20-point framework was presented on 23 December: troops would stay on the line of contact (point 14), with the option of a free economic zone, and Ukraine would hold elections as soon as possible after signing (point 18).\n",
			want: []Provision{{Plan: fw, Number: 18, Text: "free economic zone, and Ukraine would hold elections"}}},
	})
	for _, tt := range []struct{ name, doc string }{
		{"see point six", talksHead("en") + "The 20-point framework was presented on 23 December.\n\nThe reading list (see point six) covers the history of the talks, and the army would be kept at 800,000 in peacetime.\n"},
		{"a page in words", talksHead("en") + "The 20-point framework was presented on 23 December.\n\nThe framework keeps the army at 800,000 in peacetime (page six).\n"},
		{"a year", talksHead("en") + "The 20-point framework was presented on 23 December.\n\nThe framework keeps the army at 800,000 in peacetime (2025).\n"},
		{"a footnote", talksHead("es") + "El marco de 20 puntos se presentó el 23 de diciembre.\n\nEl marco mantiene el ejército en 800.000 efectivos en tiempo de paz (6).\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range d.Provisions {
				if p.Number == 6 || p.Number > 20 {
					t.Errorf("a bracket that names no point numbered a term: %s #%d %q", p.Plan, p.Number, p.Text)
				}
			}
		})
	}
}
