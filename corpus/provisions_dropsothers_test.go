package corpus

import "testing"

// TestDropsOthersPoint checks that a sentence whose head names one version
// as the subject of a drop word ("The European text scraps the U.S. plan's
// third point, under which …") gives the point it sets out to the version
// it is dropped from, in several languages; and that a head version with
// no drop word, or a drop word with no other version after it, keeps the
// head's version (negatives).
func TestDropsOthersPoint(t *testing.T) {
	const lead = "Envoys met in Geneva on Sunday.\n\nPoint 6 of the U.S. draft caps Ukraine's armed forces at 600,000; the European version raises the cap to 800,000 in peacetime.\n\n"
	checkFresh(t, []freshCase{
		{name: "english, possessive ordinal", doc: "# Talks in Geneva\n\n" + lead + "The European text also scraps the U.S. plan's third point, under which Russia was expected not to invade its neighbours.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "not to invade its neighbours"}}},
		{name: "english, point of the plan", doc: "# Talks in Geneva\n\n" + lead + "The European text drops point 3 of the American plan, under which Russia would not invade its neighbours.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "not invade its neighbours"}}},
		{name: "french, point of the plan", doc: "# Négociations à Genève\n\nLes émissaires se sont réunis dimanche.\n\nLe point 6 du plan américain plafonne l'armée ukrainienne à 600 000 hommes ; la version européenne porte ce plafond à 800 000.\n\nLa contre-proposition européenne supprime le point 3 du plan américain, selon lequel la Russie n'envahirait pas ses voisins.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "n'envahirait pas ses voisins"}}},
		{name: "negative, english, head version keeps its own point", doc: "# Talks in Geneva\n\n" + lead + "The European text keeps the U.S. numbering. The European text puts the peacetime ceiling at 800,000.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "ceiling at 800,000"}}},
		{name: "negative, english, drop word with no other version after it", doc: "# Talks in Geneva\n\n" + lead + "The European text drops the 100-day deadline and says elections should be held as soon as possible after signing.\n",
			not: []string{"US 28-point draft drops"}},
	})
}
