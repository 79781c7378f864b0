package corpus

import "testing"

// TestBarePlanNoun checks that a point read as the counter-proposal's only
// from the paragraphs above, in a sentence (or after one) that calls its
// text a bare "the plan", is the US draft's, in several languages; and that
// a plan noun qualified as another version, a version named nearer the
// point, a bare noun taking up the counter-proposal just named by the same
// noun ("the European draft … The draft …"), or no plan noun at all leaves
// the counter-proposal (negatives).
func TestBarePlanNoun(t *testing.T) {
	const us = "US 28-point draft"
	const eu = "European counter-proposal"
	en := "# Talks in Geneva\n\nThe American 28-point plan was leaked in November.\n\nThe European counter-proposal, handed over in Geneva, lifts the army ceiling to 800,000 in peacetime.\n\n"
	it := "# Trattative a Ginevra\n\nIl piano americano in 28 punti è trapelato a novembre.\n\nLa controproposta europea, consegnata a Ginevra, alza il tetto dell'esercito a 800 mila in tempo di pace.\n\n"
	fr := "# Négociations à Genève\n\nLe plan américain en 28 points a fuité en novembre.\n\nLa contre-proposition européenne, remise à Genève, relève le plafond de l'armée à 800 000 en temps de paix.\n\n"
	es := "# Negociaciones en Ginebra\n\nEl plan estadounidense de 28 puntos se filtró en noviembre.\n\nLa contrapropuesta europea, entregada en Ginebra, eleva el techo del ejército a 800.000 en tiempos de paz.\n\n"
	de := "# Verhandlungen in Genf\n\nDer amerikanische 28-Punkte-Plan wurde im November bekannt.\n\nDer europäische Gegenvorschlag, in Genf übergeben, hebt die Obergrenze der Armee in Friedenszeiten auf 800.000.\n\n"
	checkFresh(t, []freshCase{
		{name: "english, the plan in the sentence before", doc: en + "Other parts of the plan draw little criticism. Point 19, under which the Zaporizhzhia plant would restart under IAEA supervision, is seen as workable.\n",
			want: []Provision{{Plan: us, Number: 19, Text: "Zaporizhzhia plant would restart"}}},
		{name: "italian, il piano as subject", doc: it + "Il piano prevedeva inoltre, al punto 24, uno scambio di tutti i prigionieri.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "scambio di tutti i prigionieri"}}},
		{name: "french, le plan as subject", doc: fr + "Le plan prévoyait aussi, au point 24, un échange de tous les prisonniers.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "échange de tous les prisonniers"}}},
		{name: "spanish, el plan as subject", doc: es + "El plan preveía además, en el punto 24, un canje de todos los prisioneros.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "canje de todos los prisioneros"}}},
		{name: "german, der Plan as subject", doc: de + "Der Plan sah außerdem in Punkt 24 einen Austausch aller Gefangenen vor.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "Austausch aller Gefangenen"}}},
		{name: "negative, english, the plan's European version", doc: en + "Other parts of the plan's European version draw little criticism. Point 19, under which the Zaporizhzhia plant would restart under IAEA supervision, is seen as workable.\n",
			want: []Provision{{Plan: eu, Number: 19, Text: "Zaporizhzhia plant would restart"}}},
		{name: "negative, german, der Plan der Europäer", doc: de + "Der Plan der Europäer sieht in Punkt 24 einen Austausch aller Gefangenen vor.\n",
			want: []Provision{{Plan: eu, Number: 24, Text: "Austausch aller Gefangenen"}}},
		{name: "negative, italian, version named nearer the point", doc: it + "Il piano resta sul tavolo; la controproposta europea, al punto 24, prevede uno scambio di tutti i prigionieri.\n",
			want: []Provision{{Plan: eu, Number: 24, Text: "scambio di tutti i prigionieri"}}},
		{name: "negative, english, the draft taking up the European draft", doc: en + "The European draft keeps the all-for-all exchange. The draft also sets out, at point 24, a humanitarian committee to swap all prisoners.\n",
			want: []Provision{{Plan: eu, Number: 24, Text: "humanitarian committee"}}},
		{name: "negative, italian, il piano taking up il piano europeo", doc: it + "Il piano europeo è stato consegnato domenica. Il piano prevede inoltre, al punto 24, uno scambio di tutti i prigionieri.\n",
			want: []Provision{{Plan: eu, Number: 24, Text: "scambio di tutti i prigionieri"}}},
		{name: "negative, english, no plan noun", doc: en + "Other clauses draw little criticism. Point 9, under which European fighter jets would be stationed in Poland, is seen as workable.\n",
			want: []Provision{{Plan: eu, Number: 9, Text: "fighter jets would be stationed"}}},
	})
}
