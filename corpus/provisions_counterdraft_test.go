package corpus

import "testing"

// TestCounterDraftWords checks that the words for a counter-draft name the
// European counter-proposal, in German, English, French and Russian.
func TestCounterDraftWords(t *testing.T) {
	for _, s := range []string{
		"Der Gegenentwurf der Europäer übernimmt die Nummerierung.",
		"The European counter-draft keeps the numbering.",
		"Il controprogetto europeo mantiene la numerazione.",
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
		{name: "italian notes", doc: "# Verbale\n\nÈ stato presentato il piano americano in 28 punti.\n\nIl controprogetto europeo cambia la sostanza. Al punto 7, l'adesione alla NATO dipende dal consenso dei membri dell'Alleanza.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "consenso dei membri"}}},
	})
}
