package corpus

import "testing"

// TestGivenAlreadyPointStated checks that a point found before gives a
// term of its version and number only when it states one of the point's
// terms: a label, talk about the point or a point numbered wrongly leaves
// the term to the sentence that states it; words held by another numbered
// point are that point's.
func TestGivenAlreadyPointStated(t *testing.T) {
	const us, fw, geneva = "US 28-point draft", "20-point framework", "Geneva framework"
	c := planTermsData()
	for _, tt := range []struct {
		name   string
		have   Provision
		plan   string
		number int
		words  string
		want   bool
	}{
		{"es label", Provision{Plan: fw, Number: 14, Text: ": 📌 PUNTO 14 (MARCO DE 20 PUNTOS)"}, fw, 14, "las tropas se quedan donde están", false},
		{"it talk about the point", Provision{Plan: us, Number: 25, Text: "Il venticinquesimo punto, aggiunge, andrebbe semplicemente cancellato"}, us, 25, "elezioni entro cento giorni", false},
		{"en view of the point", Provision{Plan: fw, Number: 6, Text: "A Russian law is only as good as the Duma that can repeal it"}, fw, 6, "non-aggression", false},
		{"uk numbered wrongly", Provision{Plan: fw, Number: 7, Text: "Одинадцятий: Україна залишається без'ядерною державою"}, fw, 7, "членом єс", false},
		{"ru words of another point", Provision{Plan: us, Number: 16, Text: "в шестнадцатом пункте Россия закрепляет политику ненападения в законе"}, us, 2, "ненападени", false},
		// negatives: the point states its term, or the words are given
		{"en point stated", Provision{Plan: us, Number: 6, Text: "Point 6 of the U.S. draft caps Ukraine's armed forces at 600,000"}, us, 6, "an army of 600,000", true},
		{"en another version's number", Provision{Plan: geneva, Number: 6, Text: "The sixth point of the American text set a ceiling of 600,000 troops"}, geneva, 6, "800,000", true},
		{"ru unnumbered words", Provision{Plan: us, Number: 16, Text: "в шестнадцатом пункте Россия закрепляет политику ненападения в законе"}, us, 0, "ненападени", true},
		{"de other version", Provision{Plan: us, Number: 6, Text: "Punkt 6 deckelt die Armee auf 600 000 Soldaten"}, fw, 6, "800 000", false},
	} {
		if got := givenAlready(c, []Provision{tt.have}, nil, tt.plan, tt.number, tt.words); got != tt.want {
			t.Errorf("%s: givenAlready = %v, want %v", tt.name, got, tt.want)
		}
	}
}
