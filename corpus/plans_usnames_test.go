package corpus

import "testing"

// TestUSDraftShortNames checks that the short names reports give the US
// draft beside the counter-proposal ("das US-Papier", "the US text",
// "o plano original") name it, in German, English and Portuguese, so a
// term under them is not taken for the counter-proposal named before.
func TestUSDraftShortNames(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german paper", doc: "# Gegenvorschlag der Europäer\n\nDer europäische Gegenvorschlag liegt vor.\n\nNach dem US-Papier solle die Ukraine Anspruch auf eine EU-Mitgliedschaft haben.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 11, Text: "EU-Mitgliedschaft"}}},
		{name: "english text", doc: "# Europe answers\n\nThe European counter-proposal was handed over on Sunday.\n\nThe US text specified a full amnesty for all sides.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "full amnesty"}}},
		{name: "portuguese original", doc: "# A resposta europeia\n\nA contraproposta europeia foi entregue no domingo.\n\nO plano original previa uma amnistia total para todas as partes.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "amnistia total"}}},
	})
}
