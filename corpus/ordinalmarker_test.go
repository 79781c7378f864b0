package corpus

import "testing"

// TestOrdinalListMarkers checks that points numbered with an ordinal
// indicator at the head of a line ("6.º", "3ª", "2°") are a numbered list
// in Portuguese, Spanish and Italian, that "artigo 5.º" inside a point is
// no marker, and that a list set out after a paragraph naming the plan it
// answers ("a sua resposta ao plano americano") is the answer's, named by
// the title.
func TestOrdinalListMarkers(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "portuguese response", doc: "# Documento: a contraproposta europeia ao plano de Trump\n\nOs três países entregaram a sua resposta ao plano americano de 28 pontos.\n\nTraduzimos abaixo os pontos que mais mudam no documento.\n\n2.º A Ucrânia terá um exército de 800 mil homens.\n\n4.º Os Estados Unidos darão uma garantia que espelha o artigo 5.º do tratado.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 2, Text: "exército de 800 mil"}, {Plan: "European counter-proposal", Number: 4, Text: "espelha o artigo 5.º"}},
			not:  []string{"2.º A Ucrânia"}},
		{name: "spanish ordinals", doc: "# El plan de EEUU de 28 puntos\n\nEstos son los puntos del plan:\n\n3.ª Rusia no invadirá a sus vecinos.\n\n6.º Las fuerzas ucranianas quedarán limitadas a 600.000 efectivos.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "Rusia no invadirá"}, {Plan: "US 28-point draft", Number: 6, Text: "limitadas a 600.000"}}},
		{name: "italian degree sign", doc: "# Il piano americano in 28 punti\n\nEcco i punti del piano:\n\n1° La sovranità dell'Ucraina sarà confermata.\n\n2° La Russia non invaderà i paesi vicini.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "sovranità dell'Ucraina"}, {Plan: "US 28-point draft", Number: 2, Text: "non invaderà"}}},
	})
}

// TestOrdinalMarkerText reads the indicator after a line's digits.
func TestOrdinalMarkerText(t *testing.T) {
	tests := []struct {
		after, want string
		ok          bool
	}{
		{".º A soberania", "A soberania", true},
		{"ª Rusia", "Rusia", true},
		{"° La Russia", "La Russia", true},
		{".ºA", "", false},
		{". A soberania", "", false},
		{"000 soldiers", "", false},
	}
	for _, tt := range tests {
		got, ok := ordinalMarkerText(tt.after)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ordinalMarkerText(%q) = %q, %v, want %q, %v", tt.after, got, ok, tt.want, tt.ok)
		}
	}
}
