package corpus

import "testing"

// TestTermVersions checks that a provision's terms correct its version: an
// unnamed plan's provision takes the version of its term, a provision of
// the counter-proposal (a fixed text) stating a term only the US draft
// holds is the US draft's, in Italian, Polish and French; a numbered
// US-draft provision stating another version's term is the point of the
// version that numbers the term so (revisions of the US draft under its
// name: provisions_termversion_revised_test.go), a provision naming its version
// keeps it, and a switch that makes a copy of another provision leaves one.
func TestTermVersions(t *testing.T) {
	const us, eu = "US 28-point draft", "European counter-proposal"
	tests := []struct {
		name string
		in   []Provision
		want []Provision
	}{
		{"italian, counter-proposal above",
			[]Provision{{Plan: eu, Number: 25, Text: "Il punto 25 chiede elezioni in Ucraina entro 100 giorni"}},
			[]Provision{{Plan: us, Number: 25}}},
		{"polish, counter-proposal above",
			[]Provision{{Plan: eu, Text: "liczebność ukraińskiej armii miałaby zostać ograniczona do 600 tys. żołnierzy"}},
			[]Provision{{Plan: us}}},
		{"french, unnamed plan",
			[]Provision{{Plan: unnamedPlan, Text: "l'armée ukrainienne serait plafonnée à 800 000 militaires en temps de paix"}},
			[]Provision{{Plan: eu}}},
		{"us draft's label on another version's numbered point",
			[]Provision{{Plan: us, Number: 4, Text: "Point 4 keeps Ukraine's armed forces at 800,000 personnel in peacetime."}},
			[]Provision{{Plan: "20-point framework", Number: 4}}},
		{"version named in the text",
			[]Provision{{Plan: eu, Text: "800 000 militaires, contre 600 000 dans la version américaine"}},
			[]Provision{{Plan: eu}}},
		{"a copy is dropped",
			[]Provision{{Plan: us, Number: 21, Text: "Crimea would be recognised as de facto Russian."}, {Plan: unnamedPlan, Text: "Crimea would be recognised as de facto Russian."}},
			[]Provision{{Plan: us, Number: 21}}},
		{"a term every version may hold tells none",
			[]Provision{{Plan: unnamedPlan, Text: "Russia would be invited back into the G8."}},
			[]Provision{{Plan: unnamedPlan}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := termVersions(tt.in, []paragraph{{text: "The US draft and the European counter-proposal"}})
			if len(got) != len(tt.want) {
				t.Fatalf("got %d provisions %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Plan != w.Plan || got[i].Number != w.Number {
					t.Errorf("provision %d: %s #%d, want %s #%d", i, got[i].Plan, got[i].Number, w.Plan, w.Number)
				}
			}
		})
	}
}

// TestTermVersionsInDocuments checks the rule through extraction: a photo
// gallery whose captions name the versions only below a point gives the
// point the version its term belongs to, in Italian and English, while a
// gallery that names no version leaves it unnamed.
func TestTermVersionsInDocuments(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian gallery", doc: "# Il piano di pace in sei foto\n\n**Foto 2 di 6.** Un campo profughi vicino a Kharkiv. Il punto 21 del piano prevede che la Crimea sia riconosciuta de facto come russa.\n\n**Foto 3 di 6.** Il ministro a Roma. Ha detto che il piano americano e la controproposta vanno letti insieme.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimea sia riconosciuta"}}},
		{name: "english gallery", doc: "# The peace plan in six photos\n\n**Photo 3 of 6.** A polling station in Lviv. Point 25 of the plan calls for elections in Ukraine within 100 days.\n\n**Photo 4 of 6.** The minister in Paris. He said the US draft and the European counter-proposal should be read together.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "elections in Ukraine within 100 days"}}},
		{name: "no version named", doc: "# The peace plan in six photos\n\n**Photo 3 of 6.** A polling station in Lviv. Point 25 of the plan calls for elections in Ukraine within 100 days.\n",
			want: []Provision{{Plan: unnamedPlan, Number: 25, Text: "elections in Ukraine within 100 days"}}},
	})
}
