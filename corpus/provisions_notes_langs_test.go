package corpus

import "testing"

// TestEditorsNoteLanguages checks that an editor's note under a reprinted
// list, in Italian, French and German, is no provision of the plan whose
// text it talks about, while the list above it still is.
func TestEditorsNoteLanguages(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian", doc: "# Il piano americano in 28 punti, la seconda parte\n\n15. Russia e Stati Uniti creeranno un gruppo di lavoro comune per la sicurezza.\n\n16. La Russia sancirà per legge la non aggressione verso i vicini.\n\n*Nota della redazione: il testo segue la versione diffusa venerdì e potrebbe differire dal piano aggiornato dopo gli incontri di Ginevra.*\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "gruppo di lavoro"}},
			not:  []string{"il testo segue la versione"}},
		{name: "french", doc: "# Le plan américain en 28 points, suite\n\n15. La Russie et les États-Unis créeront un groupe de travail commun sur la sécurité.\n\n16. La Russie inscrira dans la loi la non-agression envers ses voisins.\n\n*Note de la rédaction : le texte suit la version diffusée vendredi et pourrait différer du plan révisé après les réunions de Genève.*\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "groupe de travail"}},
			not:  []string{"le texte suit la version"}},
		{name: "german", doc: "# Der 28-Punkte-Plan der USA, Fortsetzung\n\n15. Russland und die USA bilden eine gemeinsame Arbeitsgruppe für Sicherheit.\n\n16. Russland schreibt den Nichtangriff gegenüber den Nachbarn gesetzlich fest.\n\n*Anmerkung der Redaktion: Der Text folgt der am Freitag verbreiteten Fassung und könnte vom überarbeiteten Entwurf nach den Genfer Treffen abweichen.*\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "Arbeitsgruppe"}},
			not:  []string{"Der Text folgt der"}},
	})
}
