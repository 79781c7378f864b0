package corpus

import "testing"

// TestCounterProposalArticleFiveIsPointTen checks the catalogue's number
// for the counter-proposal's US guarantee modelled on Article 5: point 10
// of the European text (its point 5 promises guarantees only), in three
// languages, and that Italian "invece" alone ("by contrast") does not say
// the term was left out, as "invece di" ("instead of") does.
func TestCounterProposalArticleFiveIsPointTen(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# What Europe changed\n\nThe European counter-proposal was presented in Geneva on Sunday.\n\nIn the European counter-proposal, Kyiv gets a US guarantee modelled on Article 5 of the North Atlantic Treaty.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 10, Text: "modelled on Article 5"}}},
		{name: "spanish", doc: "# Qué cambia Europa\n\nLa contrapropuesta europea se presentó el domingo en Ginebra.\n\nLa contrapropuesta ofrece a Kiev una garantía estadounidense inspirada en el artículo 5 del tratado atlántico.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 10, Text: "artículo 5"}}},
		{name: "italian invece", doc: "# Cosa cambia l'Europa\n\nLa controproposta europea è stata presentata domenica a Ginevra.\n\nLa controproposta offre invece a Kiev una garanzia americana modellata sull'articolo 5 del trattato atlantico.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 10, Text: "articolo 5"}}},
		{name: "italian invece di", doc: "# Cosa cambia l'Europa\n\nLa controproposta europea è stata presentata domenica a Ginevra.\n\nIl piano americano offre a Kiev un compenso invece di una garanzia modellata sull'articolo 5 del trattato atlantico.\n",
			not: []string{"articolo 5"}},
	})
}
