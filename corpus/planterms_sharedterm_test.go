package corpus

import "testing"

// TestCounterProposalStagedSanctions checks that sanctions lifted in
// stages, a term both the US draft and the European counter-proposal hold
// (each in its point 13), stay the counter-proposal's where a sentence
// gives them as its, in three languages: the catalogue once listed the
// term as the US draft's only, and the version correction
// (provisions_termversion.go) moved such a point to the US draft.
func TestCounterProposalStagedSanctions(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Briefing for clients\n\nThe European counter-proposal of 23 November rewrites the economic points. In its version of point 13, sanctions would be eased step by step and restored if Moscow breaks the deal.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 13, Text: "eased step by step"}}},
		{name: "german", doc: "# Rundschreiben an die Mitglieder\n\nDer europäische Gegenentwurf sieht vor, dass die Sanktionen nur schrittweise gelockert werden und bei einem Verstoß zurückkehren.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 0, Text: "schrittweise gelockert"}}},
		{name: "portuguese", doc: "# A contraproposta europeia\n\nA contraproposta europeia reescreve os pontos económicos.\n\nNo ponto 13, as sanções podem ser levantadas por etapas e repostas em caso de violação.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 13, Text: "levantadas por etapas"}}},
	})
}
