package corpus

import "testing"

// TestProvisionDialogueList checks that an interview printed as dashed
// dialogue gives no whole-turn provisions, in two languages, while the
// terms its answers restate are still found; and that a dashed list of a
// plan's points, which asks nothing, stays a list.
func TestProvisionDialogueList(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english dialogue", doc: "# Interview: the envoy on the US plan\n\n— What worried you most in the 28-point plan?\n\n— The land. The draft asks Kyiv to withdraw from the rest of the Donbas.\n\n— And the army? Many found the cap alarming.\n\n— It is a hard pill. But talks go on.\n\n— Will Moscow agree?\n\n— I doubt it.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "withdraw from the rest of the Donbas"}},
			not:  []string{"What worried you", "Will Moscow agree", "I doubt it", "Many found the cap"}},
		{name: "german dialogue", doc: "# Interview zum Friedensplan\n\n– Was ist am 28-Punkte-Plan am gefährlichsten?\n\n– Die Armee. Der Plan begrenzt die Streitkräfte auf 600.000 Mann.\n\n– Und die Wahlen?\n\n– Darüber wird noch gesprochen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000 Mann"}},
			not:  []string{"am gefährlichsten", "Darüber wird noch"}},
		{name: "a dashed plan list stays", doc: "# The 28-point plan\n\nThe plan says:\n\n— Ukraine's army is capped at 600,000.\n\n— Elections are held within 100 days.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "capped at 600,000"}, {Plan: "US 28-point draft", Text: "within 100 days"}}},
	})
}

// TestProvisionNoteBetweenClauses checks that a note naming another
// version between clauses of one text leaves the clauses with their text,
// and that the note's figure answering the clause above is that other
// version's term.
func TestProvisionNoteBetweenClauses(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english notes", doc: "# The European counter-proposal, annotated\n\nThe clauses below follow the European text.\n\n**Clause 6.** The army is capped at 800,000 in peacetime.\n\n*Note: The US draft set the figure at 600,000.*\n\n**Clause 7.** Membership of NATO depends on a consensus of the allies.\n\n*Note: The American text wanted this in the constitution.*\n\n**Clause 8.** No foreign troops are based in Ukraine in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800,000"},
				{Plan: "US 28-point draft", Number: 6, Text: "set the figure at 600,000"},
				{Plan: "European counter-proposal", Number: 7, Text: "consensus of the allies"},
				{Plan: "European counter-proposal", Number: 8, Text: "No foreign troops"}}},
		{name: "a lead-in with a colon still names", doc: "# Two texts\n\nThe US draft:\n\n1. Ukraine's sovereignty is confirmed.\n\n2. A non-aggression pact is signed.\n\nThe European counter-proposal changes the next one:\n\n3. NATO expansion is decided by the allies.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "sovereignty"}, {Plan: "European counter-proposal", Number: 3, Text: "decided by the allies"}}},
	})
}

// TestTermsTwoPointsOneSentence checks that a prose sentence stating two
// points of a plan gives both, in two languages, and that two terms of one
// point give it once.
func TestTermsTwoPointsOneSentence(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []int // the point numbers, each once
	}{
		{"dutch", "# Het Amerikaanse vredesplan\n\nOekraïne zou in zijn grondwet moeten vastleggen dat het geen lid wordt van de NAVO, en de NAVO zou geen troepen in Oekraïne stationeren.\n", []int{7, 8}},
		{"english", "# The US 28-point plan\n\nUnder the US plan the army is capped at 600,000, and elections follow within 100 days.\n", []int{6, 25}},
		{"one point, two terms", "# The US 28-point plan\n\nUnder the US plan Crimea is recognised as de facto Russian and the front line is frozen.\n", []int{21}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			got := map[int]int{}
			for _, p := range d.Provisions {
				got[p.Number]++
			}
			for _, n := range tt.want {
				if got[n] != 1 {
					t.Errorf("point %d given %d times; provisions %+v", n, got[n], d.Provisions)
				}
			}
		})
	}
}

// TestDropWordClause checks that a drop word after a term counts only in
// the term's clause: past a comma it speaks of one of its nouns.
func TestDropWordClause(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian relative clause", doc: "# Європейська версія\n\nЄвропейська версія каже, що членство України залежить від консенсусу членів НАТО, якого зараз немає.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "консенсусу членів НАТО"}}},
		{name: "a drop in the term's clause", doc: "# The European counter-proposal\n\nThe European text no longer requires a consensus of the members on NATO.\n",
			not: []string{"consensus of the members"}},
	})
}
