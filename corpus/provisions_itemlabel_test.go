package corpus

import "testing"

// TestTrailingPointLabel checks the reading of a point label that closes
// a bullet.
func TestTrailingPointLabel(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		rest string
	}{
		{"a ceiling of 600,000 on the armed forces (point 6);", 6, "a ceiling of 600,000 on the armed forces"},
		{"fine dell'allargamento della NATO verso est (punto 7).", 7, "fine dell'allargamento della NATO verso est"},
		{"обмен всех пленных на всех (пункт 24)", 24, "обмен всех пленных на всех"},
		{"a ceiling on the army (see point 6)", 0, ""},    // a cross-reference, not a label
		{"a ceiling on the army (points 6 and 7)", 0, ""}, // two points
		{"a ceiling on the army of (600,000)", 0, ""},     // a figure
		{"Army (point 6)", 0, ""},                             // a heading
		{"the amnesty clause (point 26) is contested", 0, ""}, // not at the end
	}
	for _, tt := range tests {
		n, rest, ok := trailingPointLabel(tt.in)
		if n != tt.n || ok && rest != tt.rest {
			t.Errorf("trailingPointLabel(%q) = %d %q, want %d %q", tt.in, n, rest, tt.n, tt.rest)
		}
	}
}

// TestTrailingLabelBullets checks that bullets giving a plan's points with
// the number after the text keep that number, in Portuguese, German and
// English.
func TestTrailingLabelBullets(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "portuguese", doc: "# O plano americano de 28 pontos\n\nOs pontos mais discutidos do plano americano:\n\n- as forças armadas ucranianas ficam limitadas a 600 mil homens (ponto 6);\n- a Rússia volta ao G8 (ponto 13);\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "limitadas a 600 mil"}, {Plan: "US 28-point draft", Number: 13, Text: "volta ao G8"}},
			not:  []string{"(ponto"}},
		{name: "german", doc: "# Der 28-Punkte-Plan\n\nDie wichtigsten Punkte des amerikanischen Plans:\n\n- eine Amnestie für alle Kriegsparteien (Punkt 26)\n- Wahlen in der Ukraine binnen 100 Tagen (Punkt 25)\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Amnestie für alle"}, {Plan: "US 28-point draft", Number: 25, Text: "binnen 100 Tagen"}}},
		{name: "english", doc: "# The 28-point plan\n\nKey terms of the US plan:\n\n- Ukraine gives up its bid to join NATO (point 7).\n- an immediate ceasefire once both sides accept (point 28).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "bid to join NATO"}, {Plan: "US 28-point draft", Number: 28, Text: "immediate ceasefire"}}},
	})
}

// TestForeignDeterminer checks that a word that is a determiner in one
// language and a preposition in another ("no": English "no point",
// Portuguese "in the") does not hide a point reference in the second.
func TestForeignDeterminer(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"No ponto 13, as sanções são levantadas por etapas.", 13},
		{"e no ponto 25 as eleições são antecipadas", 25},
		{"At this point 300 people had gathered.", 0},
		{"a questo punto 20 persone erano presenti", 0},
	}
	for _, tt := range tests {
		n, _, _ := pointRef(tt.s)
		if n != tt.want {
			t.Errorf("pointRef(%q) = %d, want %d", tt.s, n, tt.want)
		}
	}
}

// TestBracketNoteKeepsTerm checks that a comma inside a term closed by a
// bracketed point note does not cut the term in two, in Portuguese and
// Russian.
func TestBracketNoteKeepsTerm(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "portuguese", doc: "# O plano americano de 28 pontos\n\nO texto confirma a soberania da Ucrânia (ponto 1) e propõe um pacto entre a Rússia, a Ucrânia e a Europa (ponto 2).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 2, Text: "um pacto entre a Rússia, a Ucrânia e a Europa"}}},
		{name: "russian", doc: "# Американский план из 28 пунктов\n\nДокумент подтверждает суверенитет Украины (пункт 1) и предлагает пакт между Россией, Украиной и Европой, а также гарантии (пункт 2).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 2, Text: "пакт между Россией, Украиной и Европой, а также гарантии"}}},
	})
}
