// Probes for afterNamedPoint (provisions_elidedpair.go): a list whose first
// point is named with its point word and the next ones by an ordinal alone.

package corpus

import (
	"slices"
	"testing"
)

func TestAfterNamedPoint(t *testing.T) {
	lx := lexiconData()
	for _, tc := range []struct {
		in   string
		n    int
		want []int
	}{
		{"Point 4 keeps the army at 800,000 in peacetime; the ninth sets up funds for rebuilding the country.", 4, []int{4, 9}},
		{"Il punto 3 promette garanzie solide all'Ucraina, il quinto prevede una garanzia sul modello dell'articolo 5.", 3, []int{3, 5}},
		{"Au point 9, des fonds seraient créés pour reconstruire ; et au dix-neuvième, l'accord serait contraignant.", 9, []int{9, 19}},
		{"Druhý bod slibuje dohodu o neútočení mezi stranami, pátý stanoví záruky podle článku 5.", 2, []int{2, 5}},
		// negatives: a noun after the ordinal, the same point again, no
		// point named before, another point named before
		{"Point 4 keeps the army at 800,000 in peacetime, and the ninth round of talks starts on Monday.", 4, nil},
		{"Il punto 3 promette garanzie solide all'Ucraina, il quinto giorno di colloqui si è chiuso senza intesa.", 3, nil},
		{"Point 5 promises reliable guarantees to Kyiv; the fifth says nothing about who gives them.", 5, nil},
		{"O debate gira em torno do ponto 21 do rascunho, segundo o qual Kiev deixaria a parte de Donetsk que controla.", 21, nil},
		{"The army would stay at 800,000 in peacetime; the ninth sets up funds for rebuilding the country.", 0, nil},
		{"Point 4 keeps the army at 800,000 in peacetime; the ninth sets up funds for rebuilding the country.", 7, nil},
	} {
		var got []int
		for _, h := range afterNamedPoint(lx, tc.in, tc.n) {
			got = append(got, h.number)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("afterNamedPoint(%q, %d) = %v, want %v", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestNamedThenElidedPoints(t *testing.T) {
	const us = "US 28-point draft"
	checkFresh(t, []freshCase{
		{name: "en semicolons", doc: "# Notes\n\nWe went through the US 28-point draft line by line.\n\nThe US 28-point draft, she read out, says in point 3 that Russia will not invade its neighbours; the eighth says NATO will not station troops in Ukraine.\n",
			want: []Provision{{Plan: us, Number: 3, Text: "will not invade"}, {Plan: us, Number: 8, Text: "will not station troops"}}},
		{name: "it comma", doc: "# Appunti\n\nAbbiamo letto la bozza americana in 28 punti.\n\nNella bozza americana in 28 punti il punto 7 chiede all'Ucraina di rinunciare alla NATO, il nono prevede caccia europei in Polonia.\n",
			want: []Provision{{Plan: us, Number: 7, Text: "rinunciare alla NATO"}, {Plan: us, Number: 9, Text: "caccia europei in Polonia"}}},
		// negative: a day counted after a named point is not cut off as a
		// point of its own; it stays in point 3's text
		{name: "en day", doc: "# Notes\n\nWe went through the US 28-point draft line by line.\n\nThe US 28-point draft says in point 3 that Russia will not invade its neighbours, and the eighth day of talks ended late.\n",
			want: []Provision{{Plan: us, Number: 3, Text: "eighth day of talks"}}},
	})
}

// TestLaterJoinNamesPoint: pointClauses used to stop at the first join of
// a kind whose clause names no point, so a later "; in point 9, …" stayed
// in the clause before it; and a semicolon item closed by a bracketed
// point "(point 4)" is that item's own.
func TestLaterJoinNamesPoint(t *testing.T) {
	const fw = "20-point framework"
	checkFresh(t, []freshCase{
		{name: "en", doc: "# Notes\n\nShe recalled the 20-point framework: the first point reaffirms the sovereignty of Ukraine; the army would stay at 800,000 in peacetime (point 4); in point 9, funds for rebuilding would be set up; in point 14, troops would stay where they stand on the day of signing.\n",
			want: []Provision{{Plan: fw, Number: 4, Text: "800,000"}, {Plan: fw, Number: 9, Text: "funds for rebuilding"}, {Plan: fw, Number: 14, Text: "where they stand"}},
			not:  []string{"(point 4); in point 9"}},
		{name: "fr", doc: "# Notes\n\nElle rappelle le cadre en 20 points : le premier point réaffirme la souveraineté de l'Ukraine ; l'armée garderait 800 000 hommes en temps de paix (point 4) ; au point 9, des fonds de reconstruction seraient créés ; au point 14, les troupes resteraient là où elles se trouvent le jour de la signature.\n",
			want: []Provision{{Plan: fw, Number: 4, Text: "800 000"}, {Plan: fw, Number: 9, Text: "fonds de reconstruction"}, {Plan: fw, Number: 14, Text: "les troupes resteraient"}},
			not:  []string{"(point 4) ; au point 9"}},
		// negative: a semicolon before a clause that names no point keeps
		// the point's text whole
		{name: "en no point after", doc: "# Notes\n\nShe went through the 20-point framework: in point 9, funds for rebuilding would be set up; the sums are not yet agreed.\n",
			want: []Provision{{Plan: fw, Number: 9, Text: "set up; the sums are not yet agreed"}}},
	})
}
