package corpus

import "testing"

// TestFormerLatter checks that a term pointing back to two points named
// just before with "the former … the latter" gives one provision to each,
// in English and German.
func TestFormerLatter(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# The US 28-point plan\n\nPoints 13 and 14 concern economics. Under the former, Russia would be invited back into the G8; under the latter, frozen Russian assets would pay for reconstruction led by the United States.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "back into the G8"}, {Plan: "US 28-point draft", Number: 14, Text: "frozen Russian assets"}},
			not:  []string{"G8; under"}},
		{name: "german", doc: "# Der 28-Punkte-Plan der USA\n\nDie Punkte 13 und 14 betreffen die Wirtschaft. Nach dem ersteren würde Russland in die G8 zurückkehren; nach dem letzteren würden eingefrorene russische Gelder den Wiederaufbau bezahlen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "in die G8 zurückkehren"}, {Plan: "US 28-point draft", Number: 14, Text: "eingefrorene russische Gelder"}}},
	})
}

// TestNamedPointPair checks the reading of the two points named before.
func TestNamedPointPair(t *testing.T) {
	lx := lexiconData()
	tests := []struct {
		s    string
		want []int
	}{
		{"Points 13 and 14 concern economics.", []int{13, 14}},
		{"I punti 7 e 8 riguardano la NATO.", []int{7, 8}},
		{"Points 3, 4 and 5 are short.", nil}, // three
		{"The army has 600,000 and 800,000 men.", nil},
	}
	for _, tt := range tests {
		got := namedPointPair(lx, tt.s)
		if len(got) != len(tt.want) || len(got) == 2 && (got[0] != tt.want[0] || got[1] != tt.want[1]) {
			t.Errorf("namedPointPair(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
