package corpus

import "testing"

// TestCompoundOrdinalJoined checks that an ordinal whose tens and unit are
// joined by "and" keeps its whole number, in Bulgarian and Croatian:
// without the joiner "двадесет и пета точка" is read as point 5.
func TestCompoundOrdinalJoined(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "bulgarian", doc: "# Американският план от 28 точки\n\nДвадесет и пета точка предвижда, че Украйна ще проведе избори в срок от 100 дни.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "избори в срок"}}},
		{name: "croatian", doc: "# Američki plan od 28 točaka\n\nDvadeset i šesta točka predviđa potpunu amnestiju za sve sudionike rata.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "amnestiju za sve"}}},
	})
}
