package corpus

import "testing"

// TestAuthorsRewriteColon checks that a sentence opening on a version's
// authors with a verb of rewriting and a colon ("The Europeans rewrote it:
// …", "Les Européens l'avaient réécrit : …") gives the clause after the
// colon as their version's term, numbered as the point before it, in
// English, French and Italian; and that the authors saying something
// before a colon give nothing.
func TestAuthorsRewriteColon(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Column\n\nPoint 7 of the US draft had Ukraine write into its constitution that it would never join NATO. The Europeans rewrote it: membership would depend on a consensus of the allies.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consensus of the allies"}}},
		{name: "french", doc: "# Tribune\n\nLe point 7 du projet américain obligeait l'Ukraine à renoncer à l'OTAN dans sa Constitution. Les Européens l'avaient réécrit : l'adhésion dépendrait d'un consensus des membres de l'Alliance.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consensus des membres"}}},
		{name: "italian", doc: "# Analisi\n\nIl punto 7 del piano americano imponeva all'Ucraina di rinunciare alla NATO nella Costituzione. Gli europei lo hanno riscritto: l'adesione dipenderebbe dal consenso dei membri dell'Alleanza.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consenso dei membri"}}},
		{name: "said, not rewrote", doc: "# Column\n\nPoint 7 of the US draft had Ukraine write into its constitution that it would never join NATO. The Europeans said: this clause is a gift to Moscow and must go.\n",
			not: []string{"a gift to Moscow"}},
	})
}
