package corpus

import "testing"

// TestTopicIntro checks that a sentence saying only which point it is
// about introduces that point and the next sentence sets it out, in
// English, Russian, Polish and German phrasings written for this test,
// while a sentence that states a term after the point, or names it with
// no topic opener, is no introduction.
func TestTopicIntro(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"english", "It is about point 21 of the original plan.", true},
		{"russian", "Речь идёт о пункте 9 американского документа.", true},
		{"polish", "Chodzi przede wszystkim o punkt 14.", true},
		{"german", "Es geht um Punkt 25 des Entwurfs.", true},
		{"english with a term", "It is about point 21, which would freeze the line of contact.", false},
		{"no opener", "Point 21 of the original plan.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := introducesPoint(tt.s); got != tt.want {
				t.Errorf("introducesPoint(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestTopicIntroInDocuments checks the rule through extraction: the point
// a sentence is about takes the next sentence's terms, in Russian and
// English, and the introduction itself is no provision.
func TestTopicIntroInDocuments(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "russian", doc: "# Анализ американского плана\n\nЮрист напомнил о спорах вокруг текста.\n\nРечь идёт прежде всего о пункте 21 американского плана. Он предусматривал, что Крым будет фактически признан российским.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Крым будет фактически признан российским"}},
			not:  []string{"Речь идёт"}},
		{name: "english", doc: "# Reading the US draft\n\nThe lawyer recalled the disputes over the text.\n\nIt is about point 21 of the US draft. It provided that Crimea would be recognised as de facto Russian.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimea would be recognised"}},
			not:  []string{"It is about"}},
	})
}
