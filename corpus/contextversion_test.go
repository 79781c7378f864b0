package corpus

import "testing"

// TestContextVersion checks that a text above a point that names two
// versions speaks of the one it names first: a bare point below a lead or
// title naming the US plan and then the counter-proposal is the US
// draft's, in English, Polish, French and German phrasings written for this test,
// while a lead naming the counter-proposal first ("the counter-proposal to
// the 28-point plan") keeps its points the counter-proposal's.
func TestContextVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english lead", doc: "# Ministers weigh in\n\nThe American 28-point plan and the European counter-proposal have dominated the week.\n\nThe Polish minister pointed to point 9, under which European fighter jets would be stationed in Poland.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "jets"}}},
		{name: "polish lead", doc: "# Ministrowie o planie\n\nOd tygodnia amerykański plan 28 punktów i europejska kontrpropozycja dominują w debacie.\n\nEkspert zwraca uwagę na punkt 9, według którego myśliwce mają stacjonować w Polsce.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "myśliwce"}}},
		{name: "french title", doc: "---\ntitle: \"Le plan en 28 points et ce qu'en fait la contre-proposition européenne\"\nlang: fr\n---\n\nLe point 9 prévoit que des avions de chasse européens seront stationnés en Pologne.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "Pologne"}}},
		{name: "german section below a heading", doc: "# Außenminister im Überblick\n\nSeit Tagen bestimmen der amerikanische 28-Punkte-Plan und der europäische Gegenvorschlag die Debatte.\n\n**Frankreich**\n\nDer Minister sprach über Europa.\n\n**Polen**\n\nDer Minister sprach über die Nachbarn.\n\n**Italien**\n\nDie Ministerin sprach über den Handel.\n\n**Spanien**\n\nDer Minister sprach über Energie.\n\n**Schweden**\n\nDie Ministerin sprach über die Ostsee.\n\n**Expertenmeinung**\n\nDie Analystin verweist auf Punkt 9, wonach europäische Kampfjets in Polen stationiert werden sollen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "Kampfjets"}}},
		{name: "counter-proposal named first", doc: "# Europe answers\n\nThe European counter-proposal to the US 28-point plan was handed over on Sunday.\n\nIts point 9 says that NATO fighter jets would be stationed in Poland.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 9, Text: "Poland"}}},
	})
}
