package corpus

import "testing"

// TestOrdinalsPastTen checks that ordinals past the tenth name their point
// in Bulgarian, Polish and Croatian (plans.json ordinals), in the case
// forms a sentence puts them in.
func TestOrdinalsPastTen(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "bulgarian", doc: "# Американският план от 28 точки\n\nЕдинадесета точка предвижда, че Украйна ще има право да членува в Европейския съюз.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 11, Text: "Европейския съюз"}}},
		{name: "polish", doc: "# Amerykański plan pokojowy\n\nSiedemnasty punkt planu przewiduje, że traktaty o kontroli zbrojeń zostaną przedłużone.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 17, Text: "zostaną przedłużone"}}},
		{name: "croatian", doc: "# Američki plan od 28 točaka\n\nDvanaesta točka predviđa paket mjera za obnovu Ukrajine.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "paket mjera za obnovu"}}},
	})
}
