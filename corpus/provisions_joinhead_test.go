package corpus

import "testing"

// TestJoinedClauseOwnsItsPoint checks that a sentence giving two points'
// terms is parted at the join whose clause names the second point, not at
// an earlier comma join inside the first point's term, in three
// languages.
func TestJoinedClauseOwnsItsPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Memo\n\nThe US 28-point plan is on the table.\n\nUnder point 22, borders would not be changed by force, and guarantees would lapse if they were; under point 23, Russia would leave the Dnipro open to trade.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 22, Text: "and guarantees would lapse"}, {Plan: "US 28-point draft", Number: 23, Text: "Dnipro open to trade"}}},
		{name: "italian", doc: "# Nota\n\nIl piano americano in 28 punti è sul tavolo.\n\nSecondo il punto 22 i confini non si cambiano con la forza, e le garanzie decadono in caso contrario; secondo il punto 23 la Russia lascia il Dnipro aperto ai commerci.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 22, Text: "e le garanzie decadono"}, {Plan: "US 28-point draft", Number: 23, Text: "Dnipro aperto"}}},
		{name: "polish", doc: "# Notatka\n\nAmerykański plan z 28 punktów leży na stole.\n\nWedług punktu 22 granic nie zmienia się siłą, a gwarancje wygasają w razie złamania; według punktu 23 Rosja nie blokuje handlu na Dnieprze.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 22, Text: "a gwarancje wygasają"}, {Plan: "US 28-point draft", Number: 23, Text: "handlu na Dnieprze"}}},
	})
}
