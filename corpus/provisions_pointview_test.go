package corpus

import "testing"

// TestNumberedPointInView checks that a plan's term inside someone's view
// is kept when the sentence names the point by its number or ordinal, in
// five languages, while a view of a term that names no point stays out;
// and that a point of a version the catalogue does not number takes the
// number the sentence gives.
func TestNumberedPointInView(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english ordinal", doc: "# Findings of the working group\n\nThe group read the 28-point plan as published.\n\nOn defence, the group notes that the seventh point obliged Kyiv to put its renunciation of NATO into the constitution.\n\nThe group notes that Ukraine should never put its renunciation of NATO into the constitution.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "renunciation of NATO into the constitution"}},
			not:  []string{"should never put"}},
		{name: "german number", doc: "# Aus dem Landtag\n\nDer Plan mit 28 Punkten war Thema im Plenum.\n\nDie Abgeordnete sagte, der Plan verlange in Punkt 21, dass die Ukraine die Gebiete im Donbass räumt.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Gebiete im Donbass räumt"}}},
		{name: "ukrainian ordinal", doc: "# Година запитань\n\nДепутати обговорили план із 28 пунктів.\n\nДепутат нагадав, що за сьомим пунктом Україна має закріпити в конституції відмову від вступу до НАТО.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "відмову від вступу до НАТО"}}},
		{name: "polish number", doc: "# Przegląd prasy\n\nGazety piszą o planie z 28 punktów.\n\nJego zdaniem punkt 13, zgodnie z którym Rosja wróciłaby do G8, jest prezentem dla Kremla.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Rosja wróciłaby do G8"}}},
		{name: "spanish ordinal after the word", doc: "# Tertulia\n\nSe habló del plan de 28 puntos.\n\nA su juicio, el punto séptimo obliga a Ucrania a renunciar a la OTAN en su Constitución.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "renunciar a la OTAN en su Constitución"}}},
		{name: "a version the catalogue does not number", doc: "# Zelensky walks reporters through the revised framework\n\nThe revised framework agreed in Geneva has twenty points.\n\nUnder point 18, every party to the war would receive a full amnesty, which Kyiv rejects, the president said.\n",
			want: []Provision{{Plan: "Geneva framework", Number: 18, Text: "full amnesty"}}},
	})
}

// TestPointRefNumber checks which point a sentence names by number or
// ordinal: none for a plan's count of points or a treaty's article, none
// for two different points.
func TestPointRefNumber(t *testing.T) {
	lx := lexiconData()
	for _, tt := range []struct {
		s      string
		want   int
		wantOK bool
	}{
		{"he singled out point 6 as the worst", 6, true},
		{"the thirteenth point would change that", 13, true},
		{"zgodnie z punktem 21", 21, true},
		{"the 28-point plan was leaked", 0, false},
		{"il piano in 28 punti", 0, false},
		{"guarantees like Article 5 of the treaty", 0, false},
		{"point 6 and point 7 are the hardest", 0, true},
	} {
		got, ok := pointRefNumber(lx, tt.s)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("pointRefNumber(%q) = %d, %v; want %d, %v", tt.s, got, ok, tt.want, tt.wantOK)
		}
	}
}
