package corpus

import "testing"

// TestNoteClosesOneVersion checks that a point note closing a run of
// sentences ("… (Punkt 9).") takes in no sentence that names another
// version than the note's own sentence: two versions' clauses glued
// into one provision were given to the first one's version with the
// second one's number. A run within one version still joins.
func TestNoteClosesOneVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german",
			doc:  "# Faktencheck\n\nPunkt 14 des US-Entwurfs wollte eingefrorene Gelder in einen Fonds lenken. Die europäische Fassung sieht vor, dass die Gelder eingefroren bleiben, bis Russland zahlt. Im neuen Rahmenpapier geht es um mehrere Fonds für den Wiederaufbau (Punkt 9).\n",
			want: []Provision{{Plan: "20-point framework", Number: 9, Text: "Im neuen Rahmenpapier"}},
			not:  []string{"zahlt. Im neuen"}},
		{name: "english",
			doc:  "# Explainer\n\nThe US draft lets Russia back into the G8 (point 13). The European version only speaks of talks on sanctions. The 20-point framework sets up funds for rebuilding worth $800 billion (point 9).\n",
			want: []Provision{{Plan: "20-point framework", Number: 9, Text: "The 20-point framework sets up funds"}},
			not:  []string{"sanctions. The 20-point"}},
		{name: "french",
			doc:  "# Décryptage\n\nLe plan américain plafonne l'armée à 600 000 hommes (point 6). Le texte européen relève ce plafond à 800 000. Le document en 20 points garde 800 000 soldats en temps de paix (point 4).\n",
			want: []Provision{{Plan: "20-point framework", Number: 4, Text: "Le document en 20 points"}},
			not:  []string{"800 000. Le document"}},
		{name: "one version, the run joins",
			doc:  "# Explainer\n\nThe US draft caps the army at 600,000 (point 6).\n\nOn territory the US draft is blunt. Crimea is recognised as Russian. Troops leave the rest of Donetsk (point 21). Elections follow within 100 days (point 25).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimea is recognised as Russian. Troops leave"}}},
	})
}
