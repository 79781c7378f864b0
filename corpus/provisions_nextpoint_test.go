package corpus

import "testing"

// TestPointThenOtherPoint checks that a sentence ending on one point does
// not hand its number to a next sentence that opens another point, in
// English and German.
func TestPointThenOtherPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english correction", doc: "# The US 28-point plan\n\nOur report on the US plan got a number wrong. The limit on Ukraine's forces, 600,000 troops, is in point 6. Point 7, as it was published, has Ukraine promise in its constitution never to join NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000 troops"}, {Plan: "US 28-point draft", Number: 7, Text: "never to join NATO"}}},
		{name: "german correction", doc: "# Der 28-Punkte-Plan\n\nIm Bericht über den amerikanischen Plan stand eine falsche Nummer. Die Obergrenze von 600.000 Soldaten steht in Punkt 6. Punkt 7 verlangt dagegen, dass die Ukraine auf den NATO-Beitritt in ihrer Verfassung verzichtet.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000 Soldaten"}, {Plan: "US 28-point draft", Number: 7, Text: "NATO-Beitritt"}}},
	})
}

// TestOpensOtherPoint checks the look at the next sentence.
func TestOpensOtherPoint(t *testing.T) {
	tests := []struct {
		next string
		n    int
		want bool
	}{
		{"Point 7, as reported, bars NATO membership", 6, true},
		{"Il punto 8 invece prevede …", 6, true},
		{"It says Ukraine would cap its army", 6, false},
		{"Point 6 says the army is capped", 6, false},
		{"It says the army shrinks, which critics compare with point 9", 6, false},
	}
	for _, tt := range tests {
		if got := opensOtherPoint(tt.next, tt.n); got != tt.want {
			t.Errorf("opensOtherPoint(%q, %d) = %v, want %v", tt.next, tt.n, got, tt.want)
		}
	}
}
