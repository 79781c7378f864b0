package corpus

import "testing"

// TestDraftPointVersion checks that a point given by its number in a prose
// sentence that names no version, stating the US draft's terms of that
// number, is the draft's even when a paragraph above last named the
// counter-proposal, in several languages; and that a version named in the
// sentence or earlier in its paragraph, a term the counter-proposal numbers
// the same ("European jets in Poland", point 9), the counter-proposal's own
// wording of a shared point (NATO troops not stationed permanently, point
// 8), and a list item leave the counter-proposal (negatives).
func TestDraftPointVersion(t *testing.T) {
	const us = "US 28-point draft"
	const eu = "European counter-proposal"
	en := "# Talks in Geneva\n\nThe European counter-proposal, handed over in Geneva, lifts the army ceiling to 800,000 in peacetime.\n\n"
	fr := "# Négociations à Genève\n\nLa contre-proposition européenne, remise à Genève, relève le plafond de l'armée à 800 000 en temps de paix.\n\n"
	sv := "# Förhandlingar i Genève\n\nI Europas motförslag är taket i stället 800 000 soldater i fredstid.\n\n"
	cs := "# Jednání v Ženevě\n\nEvropský protinávrh zvyšuje strop armády na 800 000 vojáků v době míru.\n\n"
	de := "# Verhandlungen in Genf\n\nDer europäische Gegenvorschlag hebt die Obergrenze der Armee in Friedenszeiten auf 800.000.\n\n"
	checkFresh(t, []freshCase{
		{name: "english, other clauses", doc: en + "Other clauses drew less attention. Under point 13, Russia would be welcomed back into the Group of Eight, while point 24 set up a humanitarian committee to swap all prisoners and return detained civilians.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "humanitarian committee"}, {Plan: us, Number: 13, Text: "Group of Eight"}}},
		{name: "english, an ordinal point", doc: en + "Several points survive untouched. The eighteenth point, under which Ukraine remains a non-nuclear state under the Non-Proliferation Treaty, appears in both texts.\n",
			want: []Provision{{Plan: us, Number: 18, Text: "non-nuclear state"}}},
		{name: "swedish, subtitles", doc: sv + "Punkt 11 lovar Ukraina att kunna bli medlem i EU och få förmånlig tillgång till EU-marknaden.\n",
			want: []Provision{{Plan: us, Number: 11, Text: "medlem i EU"}}},
		{name: "czech, an ordinal point", doc: cs + "Jedenáctý bod, který Ukrajině slibuje nárok na členství v Evropské unii, vnímají v regionu jako nejméně sporný.\n",
			want: []Provision{{Plan: us, Number: 11, Text: "členství v Evropské unii"}}},
		{name: "french, point 11 in a relative clause", doc: fr + "Selon lui, le point 11, qui promet à l'Ukraine l'adhésion à l'Union européenne, reste le moins contesté.\n",
			want: []Provision{{Plan: us, Number: 11, Text: "Union européenne"}}},
		{name: "negative, english, the version named in the sentence", doc: en + "Other clauses drew less attention. In the European text, point 24 sets up a humanitarian committee to swap all prisoners and return detained civilians.\n",
			want: []Provision{{Plan: eu, Number: 24, Text: "humanitarian committee"}}},
		{name: "negative, english, the version named earlier in the paragraph", doc: en + "The European text keeps most of the draft. Point 11 promises Ukraine membership of the European Union.\n",
			want: []Provision{{Plan: eu, Number: 11, Text: "European Union"}}},
		{name: "negative, german, the version named earlier in the paragraph", doc: de + "Der europäische Gegenvorschlag übernimmt die meisten Punkte. Punkt 11 verspricht der Ukraine die Mitgliedschaft in der Europäischen Union.\n",
			want: []Provision{{Plan: eu, Number: 11, Text: "Europäischen Union"}}},
		{name: "negative, english, a term both number the same", doc: en + "Other clauses drew less attention. Point 9, under which European fighter jets would be stationed in Poland, is seen as workable.\n",
			want: []Provision{{Plan: eu, Number: 9, Text: "fighter jets"}}},
		{name: "negative, english, the counter-proposal's wording of point 8", doc: en + "Other clauses drew less attention. Under point 8, NATO would agree not to station troops under its command in Ukraine permanently in peacetime.\n",
			want: []Provision{{Plan: eu, Number: 8, Text: "permanently in peacetime"}}},
		{name: "negative, french, the counter-proposal's wording of point 8", doc: fr + "Le point 8 a été réécrit pour dire que l'OTAN accepte de ne pas stationner en permanence, en temps de paix, des troupes sous son commandement en Ukraine.\n",
			want: []Provision{{Plan: eu, Number: 8, Text: "en permanence"}}},
	})
}
