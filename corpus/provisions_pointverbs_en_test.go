package corpus

import "testing"

// TestOrdinalPointEnglishVerbs checks that an ordinal point followed by an
// English verb that sets out a term ("foresees", "envisions", "requires",
// "guarantees", "caps": pointrefs.json pointVerbs) is read as that point,
// as "provides" and "says" were; and that a point judged, not set out,
// is not.
func TestOrdinalPointEnglishVerbs(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "foresees", doc: "# Summit\n\nThe 20-point framework asks for guarantees.\n\nThe fifth point foresees a fund for rebuilding the country.\n",
			want: []Provision{{Plan: "20-point framework", Number: 5, Text: "fund for rebuilding"}}},
		{name: "envisions", doc: "# Summit\n\nThe US draft was leaked on Wednesday.\n\nThe ninth point envisions European fighter jets based in Poland.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "fighter jets"}}},
		{name: "requires", doc: "# Explainer\n\nThe European counter-proposal follows the US numbering.\n\nIts seventh point requires a consensus of the allies for membership.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consensus of the allies"}}},
		{name: "caps", doc: "# Explainer\n\nThe US draft was leaked on Wednesday.\n\nThe sixth point caps the army at 600,000.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000"}}},
		{name: "judged, not set out", doc: "# Explainer\n\nThe US draft was leaked on Wednesday.\n\nThe sixth point is the hardest to swallow, a diplomat said.\n",
			not: []string{"hardest to swallow"}},
	})
}
