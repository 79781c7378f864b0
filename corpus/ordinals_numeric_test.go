package corpus

import "testing"

// TestNumericOrdinal checks numbers written as ordinals in several
// languages, and that a year or a plain number is none.
func TestNumericOrdinal(t *testing.T) {
	for _, c := range []struct {
		w    string
		want int
	}{
		{"13th", 13}, {"2nd", 2}, {"28-й", 28}, {"24-м", 24}, {"6e", 6}, {"6.º", 6}, {"19.", 19},
		{"2025.", 0}, {"600", 0}, {"th", 0}, {"13x", 0},
	} {
		if got := numericOrdinal(c.w); got != c.want {
			t.Errorf("numericOrdinal(%q) = %d, want %d", c.w, got, c.want)
		}
	}
}

// TestProvisionsOrdinalPoints checks points named by an ordinal, in words
// or digits, with the verb that sets out the term right after the point
// word, and an ordinal point joined to a numbered one in one sentence.
func TestProvisionsOrdinalPoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english ordinals", doc: "# What the text says\n\nThe 28-point plan leaked on Friday.\n\nThe fourth point says Russia and NATO will talk under U.S. mediation. The 17th point would extend the nuclear arms treaties.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 4, Text: "talk under U.S. mediation"}, {Plan: "US 28-point draft", Number: 17, Text: "nuclear arms treaties"}},
			not:  []string{"mediation. The 17th"}},
		{name: "russian numeric ordinal after a numbered point", doc: "# Что в плане\n\nМирный план из 28 пунктов обсуждают в Женеве.\n\nПо пункту 9 европейские истребители будут размещены в Польше, а 26-й пункт предусматривает, что все стороны получат полную амнистию.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "истребители"}, {Plan: "US 28-point draft", Number: 26, Text: "полную амнистию"}}},
		{name: "spanish joined clause names its point", doc: "# El texto\n\nEl plan de 28 puntos circula desde el jueves.\n\nEl plan fija en su punto 9 la presencia de cazas europeos en Polonia y en el punto 26 concede una amnistía total a todas las partes.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "cazas europeos"}, {Plan: "US 28-point draft", Number: 26, Text: "amnistía total"}},
			not:  []string{"Polonia y en el punto 26"}},
	})
}
