package corpus

import "testing"

// TestOffPlanList checks that a numbered list near a paragraph that names
// a version, whose items speak of something else (dates to watch, a
// council's pledges, a memo's scenarios), gives no provisions, in four
// languages; and that a list in the same place whose items state the
// plan's terms is still the plan's.
func TestOffPlanList(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english dates to watch", doc: "# The peace talks: where things stand\n\n**THE EUROPEAN TEXT**\n\nLondon, Paris and Berlin sent their counter-proposal on Sunday. It keeps the US numbering but lifts the army ceiling.\n\n**COMING UP**\n\nWhat to follow this week:\n\n1. Friday, when the White House expects an answer from Kyiv;\n2. a trip by the special envoy to the Gulf;\n3. the foreign ministers' dinner in Brussels on Tuesday.\n",
			not: []string{"Friday, when", "trip by the special envoy", "ministers' dinner"}},
		{name: "french pledges", doc: "# Conseil municipal : l'Ukraine au menu\n\n**Le débat**\n\nLa maire a cité la contre-proposition européenne, qui relève le plafond de l'armée ukrainienne.\n\n**Les décisions**\n\n1. Renouveler la subvention au comité de jumelage ;\n2. ouvrir un gymnase pour les familles accueillies ;\n3. écrire au député de la circonscription.\n",
			not: []string{"subvention", "gymnase", "écrire au député"}},
		{name: "german scenarios", doc: "# Lagebericht für Mitglieder\n\n**Die Lage**\n\nDer europäische Gegenvorschlag hebt die Obergrenze der Armee an und verlangt Garantien.\n\n**Szenarien für das erste Quartal**\n\n1. Die Waffenruhe hält und die Gespräche in Genf gehen weiter (20 %);\n2. die Gespräche stocken bis zum Frühjahr (55 %);\n3. eine Eskalation im Winter mit neuen Angriffen (25 %).\n",
			not: []string{"Gespräche stocken", "Eskalation im Winter"}},
		{name: "polish agenda", doc: "# Posiedzenie komisji\n\n**Tło**\n\nEuropejska kontrpropozycja zmienia kilka punktów amerykańskiego planu.\n\n**Porządek obrad**\n\n1. Sprawozdanie przewodniczącego komisji z wizyty w Kijowie;\n2. wolne wnioski i zapytania posłów do przedstawicieli rządu;\n3. ustalenie terminu następnego posiedzenia.\n",
			not: []string{"Sprawozdanie przewodniczącego", "wolne wnioski", "następnego posiedzenia"}},
		{name: "the plan's terms stay", doc: "# The peace talks: where things stand\n\n**THE EUROPEAN TEXT**\n\nLondon, Paris and Berlin sent their counter-proposal on Sunday.\n\n**IN DETAIL**\n\nWhat changes:\n\n1. Ukraine's army is capped at 800,000 in peacetime;\n2. NATO membership depends on the consensus of the allies;\n3. talks on territory start from the line of contact.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 1, Text: "800,000"}, {Plan: "European counter-proposal", Number: 2, Text: "consensus of the allies"}}},
	})
}
