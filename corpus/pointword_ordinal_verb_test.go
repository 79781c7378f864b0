package corpus

import "testing"

// TestPointWordOrdinalVerb checks that a point named by its point word and
// then its ordinal, followed by a verb that says what it sets out ("Punkt
// dziewiąty mówi, że …", "Bod devátý říká, že …"), is that point, as the
// ordinal-first order is ("Il nono punto dice …"), in Polish and Czech.
func TestPointWordOrdinalVerb(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "polish", doc: "# Amerykański plan pokojowy\n\nW amerykańskim planie Polska pojawia się wprost. Punkt dziewiąty mówi, że europejskie myśliwce będą stacjonować w Polsce.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "europejskie myśliwce"}}},
		{name: "czech", doc: "# Americký plán o 28 bodech\n\nBod devátý říká, že evropské stíhačky budou rozmístěny v Polsku.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "evropské stíhačky"}}},
	})
}
