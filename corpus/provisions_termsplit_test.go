package corpus

import "testing"

// TestProvisionsSplitTerms checks that a sentence setting out terms of
// several numbered points of one version gives one provision a term, each
// numbered in that version, cut at the join between them.
func TestProvisionsSplitTerms(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english would-clauses", doc: "# Tonight\n\nThe 28-point plan is back on the table.\n\nThe US draft would cap Ukraine's army at 600,000 troops, and it would have Ukraine hold elections within 100 days of signing.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000 troops"}, {Plan: "US 28-point draft", Number: 25, Text: "elections within 100 days"}},
			not:  []string{"troops, and it would"}},
		{name: "spanish y-clauses", doc: "# Ginebra\n\nLa contrapropuesta europea circula desde el domingo.\n\nLa contrapropuesta europea eleva el techo del ejército a 800.000 efectivos y fija las elecciones lo antes posible después de la firma del acuerdo.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800.000 efectivos"}, {Plan: "European counter-proposal", Number: 25, Text: "elecciones lo antes posible"}},
			not:  []string{"efectivos y fija"}},
		{name: "german numbered point goes on with another term", doc: "# Debatte\n\nDer europäische Gegenvorschlag liegt seit Sonntag vor.\n\nDer Gegenvorschlag setzt in Punkt 6 eine Obergrenze von 800 000 Soldaten, und über die Gebiete soll von der heutigen Kontaktlinie aus verhandelt werden.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800 000 Soldaten"}, {Plan: "European counter-proposal", Number: 21, Text: "Kontaktlinie aus verhandelt"}},
			not:  []string{"Soldaten, und über"}},
		{name: "english numbered point goes on with another term", doc: "# Explainer\n\nThe European counter-proposal was circulated on Sunday.\n\nIn point 6 the counter-proposal sets a ceiling of 800,000 troops in peacetime, and talks on territory would start from the current line of contact.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800,000 troops"}, {Plan: "European counter-proposal", Number: 21, Text: "line of contact"}},
			not:  []string{"peacetime, and talks"}},
		{name: "a list item is the plan's own text", doc: "# Text\n\nThe points of the European counter-proposal:\n\n6. The army is capped at 800,000 troops in peacetime, and talks on territory start from the line of contact.\n7. Ukraine may join NATO if members agree.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800,000 troops in peacetime, and talks"}}},
	})
}
