package corpus

import "testing"

// TestDropCiteMarks checks which bracketed marks are reference marks.
func TestDropCiteMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The draft caps the army.[4] Under point 9, jets stay in Poland.", "The draft caps the army. Under point 9, jets stay in Poland."},
		{"Il testo conferma la sovranità.[12][13] Poi", "Il testo conferma la sovranità. Poi"},
		{"Elections follow within 100 days.[citation needed]", "Elections follow within 100 days."},
		{"a figure of 600,000{{sfn|Doe|2025}} troops", "a figure of 600,000 troops"},
		{"points [15] to [20] follow", "points [15] to [20] follow"},               // after a space: the writer's
		{"Russia [sic] would rejoin the G8.", "Russia [sic] would rejoin the G8."}, // a word, not a reference
		{"the text[...] continues", "the text[...] continues"},
		{"ends in 2025[1234]", "ends in 2025[1234]"}, // four digits: no footnote
	}
	for _, tt := range tests {
		if got := dropCiteMarks(tt.in); got != tt.want {
			t.Errorf("dropCiteMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCiteMarksSplitSentences checks that a reference mark after a full
// stop does not glue the next sentence, a point of another section's
// version, to the one before it, in Portuguese and English.
func TestCiteMarksSplitSentences(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "portuguese entry", doc: "# Plano americano de 28 pontos\n\nO plano americano foi divulgado em novembro.[1]\n\n## Versão europeia\n\nOs europeus responderam com uma contraproposta própria.[2] No ponto 25, a Ucrânia convoca eleições logo que possível depois da assinatura.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 25, Text: "convoca eleições logo que possível"}},
			not:  []string{"responderam"}},
		{name: "english entry", doc: "# The US 28-point plan\n\nThe US plan circulated in November.[1]\n\n## European reply\n\nThe counter-proposal followed within days.[3] Under point 14, frozen Russian funds stay blocked until Moscow pays for the damage.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 14, Text: "frozen Russian funds stay blocked"}},
			not:  []string{"followed within days"}},
	})
}
