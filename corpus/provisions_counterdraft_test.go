package corpus

import "testing"

// TestCounterDraftWords checks that the words for a counter-draft name the
// European counter-proposal, in German, English, French and Russian.
func TestCounterDraftWords(t *testing.T) {
	for _, s := range []string{
		"Der Gegenentwurf der Europäer übernimmt die Nummerierung.",
		"The European counter-draft keeps the numbering.",
		"Le contre-projet des Européens reprend la numérotation.",
		"Европейский контрпроект сохраняет нумерацию.",
		"Em 23 de novembro foi apresentado um texto alternativo.",
	} {
		if got, _ := planFor(s); got != "European counter-proposal" {
			t.Errorf("planFor(%q) = %q, want the counter-proposal", s, got)
		}
	}
	checkFresh(t, []freshCase{
		{name: "german seminar notes", doc: "# Protokoll\n\nDer 28-Punkte-Plan wurde vorgestellt.\n\nDer Gegenentwurf der Europäer ändert die Substanz. So heiße es dort in Punkt 7, ein NATO-Beitritt hänge vom Konsens der Bündnismitglieder ab.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "Konsens der Bündnismitglieder"}}},
		{name: "french notes", doc: "# Compte rendu\n\nLe plan américain en 28 points a été présenté.\n\nLe contre-projet européen change le fond. Au point 7, l'adhésion à l'OTAN dépend du consensus des membres de l'Alliance.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consensus des membres"}}},
	})
}
