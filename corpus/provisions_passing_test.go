package corpus

import "testing"

// TestPassingVersions checks that a paragraph naming the other version only
// after a comparison or contrast word does not give it to the bare point
// of the next paragraph, in French, English and German, while a paragraph
// that names it plainly still does.
func TestPassingVersions(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french en revanche", doc: "# Un juriste lit le plan américain\n\nLe plafond fixé au point 6 lui semble sévère. Il trouve en revanche la contre-proposition européenne « plus sage ».\n\nLe point 12, qui crée un groupe de travail sur la coopération énergétique, le laisse perplexe.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "groupe de travail"}}},
		{name: "english unlike", doc: "# What the US draft asks of Kyiv\n\nThe army clause is harsh. Unlike the European counter-proposal, it sets no peacetime figure of its own.\n\nPoint 12 sets up a working group on energy cooperation.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "working group on energy"}}},
		{name: "german anders als", doc: "# Was der US-Plan verlangt\n\nDie Passage zur Armee ist hart. Anders als im Gegenentwurf bleibt sie ohne Ausnahme.\n\nPunkt 12 sieht eine Arbeitsgruppe für Energiefragen vor.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "Arbeitsgruppe"}}},
		{name: "named plainly, it is the context", doc: "# What the US draft asks of Kyiv\n\nThe European counter-proposal answers it clause by clause.\n\nPoint 12 sets up a working group on energy cooperation.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 12, Text: "working group on energy"}}},
	})
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Il juge en revanche que la contre-proposition européenne est plus réaliste.", true},
		{"The European counter-proposal is more realistic.", false},
		{"Unlike the US draft, the European counter-proposal sets 800,000.", false}, // the second name is no comparison
		{"The army would be larger than in the US draft.", false},                   // "than" is not a passing word: too common before a version's own name
	} {
		if got := passingOnly(tt.text); got != tt.want {
			t.Errorf("passingOnly(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
