package corpus

import "testing"

// TestListVersionFromContext checks that a list under a paragraph naming
// two versions takes the one the paragraph's last naming sentence names
// first (listVersion), in English and Polish: a paragraph that sets out
// "the US plan and the European counter-proposal" lists the US plan's
// points, while one that ends "here is what we know of the
// counter-proposal" lists the reply's.
func TestListVersionFromContext(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english episode notes", doc: "# Episode 40: two plans\n\nIn this episode we take apart the American peace plan and the European counter-proposal. A summary follows for readers.\n\nThe points we went through:\n\n1. Ukraine's sovereignty is confirmed.\n2. A non-aggression pact is signed by Russia, Ukraine and Europe.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "sovereignty is confirmed"}, {Plan: "US 28-point draft", Number: 2, Text: "non-aggression pact"}}},
		{name: "polish episode notes", doc: "# Odcinek 7: dwa plany\n\nW tym odcinku omawiamy amerykański plan pokojowy i europejską kontrpropozycję. Niżej krótkie streszczenie.\n\nNajważniejsze zapisy:\n\n1. Suwerenność Ukrainy zostaje potwierdzona.\n2. Rosja, Ukraina i Europa zawierają pakt o nieagresji.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "Suwerenność Ukrainy"}, {Plan: "US 28-point draft", Number: 2, Text: "pakt o nieagresji"}}},
		{name: "french reply announced last", doc: "# Ce que change la réponse européenne\n\nAprès la fuite du plan américain, les Européens ont envoyé leur texte à Washington. Voici ce que contient cette contre-proposition européenne.\n\n**Les changements**\n\n- **La souveraineté.** La souveraineté de l'Ukraine est confirmée sans réserve.\n- **Le pacte.** Un pacte de non-agression est signé entre la Russie, l'Ukraine et l'Europe.\n- **Les sanctions.** Les sanctions sont levées par étapes, selon un calendrier convenu.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "souveraineté de l'Ukraine"}, {Plan: "European counter-proposal", Text: "pacte de non-agression"}}},
	})
}
