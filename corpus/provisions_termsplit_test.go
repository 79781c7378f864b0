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
	})
}
