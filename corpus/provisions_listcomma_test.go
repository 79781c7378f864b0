package corpus

import "testing"

// TestListCommaAfterOpener checks that a point's term naming places in a
// list after an opener that names the document keeps the list's first
// name (listComma): "Según el punto 21 Crimea, Lugansk y Donetsk …" was
// read as "Según el punto 21 Crimea," and its terms, so the term began at
// "Lugansk" (ZL zl08, ZU zu09). Negatives: an adverbial that closes on
// its comma ("Según el punto 21, Crimea …") still gives the term after
// it, and a plan adverbial without a point
// ("Según el borrador publicado por Axios, Rusia y Ucrania …") is left to
// termsOf as before.
func TestListCommaAfterOpener(t *testing.T) {
	const us = "US 28-point draft"
	checkFresh(t, []freshCase{
		{name: "it point verb list", doc: "# Il nodo\n\nIl nodo è sempre quello. Nel testo americano il punto 21 riconosce Crimea, Luhansk e Donetsk come russe de facto.\n",
			want: []Provision{{Plan: us, Number: 21, Text: "riconosce Crimea, Luhansk e Donetsk"}}},
		{name: "es point then list", doc: "# Crónica\n\nEl borrador de 28 puntos de Washington se repasó punto por punto. Según el punto 21 Crimea, Lugansk y Donetsk serían reconocidas de facto como rusas.\n",
			want: []Provision{{Plan: us, Number: 21, Text: "Crimea, Lugansk y Donetsk serían"}}},
		{name: "en point then list", doc: "# Notes\n\nThe US 28-point draft was read clause by clause. Under point 21 Crimea, Luhansk and Donetsk would be recognised as de facto Russian.\n",
			want: []Provision{{Plan: us, Number: 21, Text: "Crimea, Luhansk and Donetsk would"}}},
		{name: "es comma after point", doc: "# Crónica\n\nEl borrador de 28 puntos de Washington se repasó punto por punto. Según el punto 21, Crimea, Lugansk y Donetsk serían reconocidas de facto como rusas.\n",
			want: []Provision{{Plan: us, Number: 21, Text: "Crimea, Lugansk y Donetsk serían"}},
			not:  []string{"Según"}},
		{name: "en adverbial before the subject", doc: "# Notes\n\nThe US 28-point draft was read clause by clause. Under point 14 of the draft, the frozen assets would be invested in rebuilding Ukraine.\n",
			want: []Provision{{Plan: us, Number: 14, Text: "frozen assets would be invested"}}},
		{name: "es plan adverbial names", doc: "# Crónica\n\nSegún el borrador publicado por Axios, Rusia y Ucrania firmarían un pacto de no agresión.\n",
			want: []Provision{{Plan: "unnamed plan", Text: "Rusia y Ucrania firmarían"}},
			not:  []string{"Axios"}},
	})
}
