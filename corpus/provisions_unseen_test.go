package corpus

import "testing"

// TestProvisionTextSeenBy checks that "the text" stands for the plan after
// a term opener, as wires put it when they describe a document they
// obtained ("Under the text seen by …, X would …"), in two phrasings and
// two languages, and that a text message is no document.
func TestProvisionTextSeenBy(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "text seen by a wire", doc: "Talks resume\n\nLISBON, Nov 19 (Tagus Wire) - Envoys met on Wednesday.\n\nUnder the text seen by Tagus Wire, Ukrainian units would leave the river towns they still hold.\n",
			want: []Provision{{Plan: unnamedPlan, Text: "Ukrainian units would leave the river towns"}}},
		{name: "text obtained by a paper", doc: "# Envoys meet\n\nUnder the text obtained by the Harbour Courier, the peacetime army will be held at 650,000.\n",
			want: []Provision{{Plan: unnamedPlan, Text: "the peacetime army will be held at 650,000"}}},
		{name: "french text consulted", doc: "# Les émissaires se voient\n\nSelon le texte consulté par l'agence, l'Ukraine renoncerait à ses bases sur le fleuve.\n",
			want: []Provision{{Plan: unnamedPlan, Text: "renoncerait à ses bases"}}},
		{name: "a text message is no plan", doc: "# Envoys meet\n\nThe text message from the envoy said the delegations would meet again on Monday.\n",
			not: []string{"would meet again"}},
	})
}
