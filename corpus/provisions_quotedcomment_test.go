package corpus

import "testing"

// TestQuotedComment checks that a quoted relative clause closing a point's
// sentence is a comment on the term, not the point's wording, in English,
// French and Italian; and that a quotation giving the wording stays the
// point's text.
func TestQuotedComment(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Explainer\n\nThe European counter-proposal follows the US numbering. Its point 7 says that membership of the alliance depends on a consensus of all its members, \"which nobody expects\".\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "depends on a consensus of all its members"}}},
		{name: "french", doc: "# Décryptage\n\nLe texte européen suit la numérotation américaine. Son point 7 fait dépendre l'adhésion d'un consensus de tous les alliés, « qui n'existe pas ».\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consensus de tous les alliés"}}},
		{name: "italian", doc: "# Analisi\n\nLa controproposta europea segue la numerazione americana. Il suo punto 7 lega l'adesione al consenso di tutti gli alleati, \"che oggi non c'è\".\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consenso di tutti gli alleati"}}},
		{name: "the quotation is the wording", doc: "# Explainer\n\nThe US draft was leaked on Wednesday. Point 7 reads: \"Ukraine agrees to enshrine in its constitution that it will not join NATO\".\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ukraine agrees to enshrine"}}},
	})
}
