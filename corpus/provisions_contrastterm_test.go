package corpus

import "testing"

// TestContrastTermVersion checks that a contrast clause naming no version
// but stating a term only one version holds is that version's term, with
// the point number both halves share, in French, Italian and Spanish.
func TestContrastTermVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french", doc: "# Ce que change le contre-projet\n\nLà où Washington bornait l'armée ukrainienne à 600 000 soldats, le point 6 du texte européen fixe la limite à 800 000 militaires en temps de paix.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "Washington bornait l'armée ukrainienne à 600 000 soldats"}, {Plan: "European counter-proposal", Number: 6, Text: "800 000 militaires"}}},
		{name: "italian", doc: "# Le differenze tra i due testi\n\nMentre Washington concedeva a Kiev un esercito di 600 mila soldati, la controproposta europea prevede 800 mila militari in tempo di pace.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "esercito di 600 mila soldati"}, {Plan: "European counter-proposal", Text: "800 mila militari"}}},
		{name: "spanish", doc: "# Lo que cambia la contrapropuesta\n\nMientras Washington limitaba el ejército ucraniano a 600.000 soldados, la contrapropuesta europea eleva el techo a 800.000 efectivos en tiempos de paz.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "limitaba el ejército ucraniano a 600.000"}, {Plan: "European counter-proposal", Text: "800.000 efectivos"}}},
	})
}
