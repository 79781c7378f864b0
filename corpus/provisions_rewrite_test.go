package corpus

import "testing"

// TestRewriteNumbers checks that a sentence naming a version and stating a
// term right after another version's numbered point takes that point's
// number, in English, Spanish and Polish, and that a term the catalogue
// numbers elsewhere stays unnumbered.
func TestRewriteNumbers(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Where the drafts part\n\n**Money.** Under point 14 of the US plan, $100bn of frozen Russian money would fund rebuilding led by Washington. The European version cuts the profit share and leaves the assets frozen until Russia pays for the harm done.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 14, Text: "frozen until Russia pays"}}},
		{name: "spanish", doc: "# Dos borradores\n\nLa primera brecha está en el ejército. El punto 6 del plan estadounidense limita el ejército ucraniano a 600.000 soldados, una cifra que los generales ven corta. El texto europeo eleva ese techo a 800.000 en tiempo de paz, casi el tamaño actual de las tropas.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800.000 en tiempo de paz"}}},
		{name: "polish", doc: "# Dwa projekty\n\n**EKSPERT:** Punkt szósty ogranicza armię do 600 tysięcy żołnierzy. Europejczycy proponują 800 tysięcy żołnierzy w czasie pokoju. To nadal dużo.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800 tysięcy"}}},
		{name: "another point", doc: "# Where the drafts part\n\nPoint 26 of the U.S. plan, under which every side would get a full amnesty, is missing from the European text. The European draft also says a truce starts at once when the parties agree where the front runs.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "a truce starts at once"}}},
	})
}
