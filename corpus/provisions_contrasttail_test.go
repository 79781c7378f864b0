package corpus

import "testing"

// TestContrastTails checks that a sentence stating one version's term and,
// in a closing phrase, the other version's figure gives two provisions,
// each of its own version, in French, Polish and English; and that a
// closing phrase naming no version, or holding no figure, is kept.
func TestContrastTails(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french contre", doc: "# Séance du conseil\n\nLe contre-projet européen circule depuis dimanche. Il propose aussi que l'armée ukrainienne soit plafonnée à 800 000 militaires en temps de paix, contre 600 000 dans la version américaine.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "plafonnée à 800 000 militaires"}, {Plan: "US 28-point draft", Number: 6, Text: "contre 600 000 dans la version américaine"}},
			not:  []string{"en temps de paix, contre"}},
		{name: "polish zamiast", doc: "# Rozmowa o planie\n\nEkspert przypomniał, że w europejskiej kontrpropozycji zaproponowano limit 800 tys. żołnierzy w czasie pokoju zamiast 600 tys. z wersji amerykańskiej.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "limit 800 tys. żołnierzy"}, {Plan: "US 28-point draft", Number: 6, Text: "zamiast 600 tys. z wersji amerykańskiej"}}},
		{name: "english against", doc: "# What the Europeans want\n\nThe European counter-proposal caps the Ukrainian army at 800,000 in peacetime, against 600,000 in the US draft.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "at 800,000 in peacetime"}, {Plan: "US 28-point draft", Number: 6, Text: "against 600,000 in the US draft"}}}, // stop 49: the head takes the point its tail's catalogue number names, as its own terms number it so too
		{name: "a tail with no version stays", doc: "# What the Europeans want\n\nThe European counter-proposal caps the Ukrainian army at 800,000 in peacetime, against 600,000 today.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "800,000 in peacetime, against 600,000 today"}}},
	})
}
