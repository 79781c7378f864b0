package corpus

import "testing"

// TestNoContentLine checks which lines carry no content: elision marks in
// their usual spellings and "(c)" credit lines, but not a lettered
// sub-point, a thematic break or a sentence.
func TestNoContentLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"[...]", true},
		{"[…]", true},
		{"(…)", true},
		{"( ... )", true},
		{"…", true},
		{"(c) Nordwind Presseagentur", true},
		{"(C) 2025 Harbour Wire", true},
		{"(c) the parties will meet again in January.", false},
		{"(c) Ukraine keeps its army.", false},
		{"* * *", false},
		{"---", false},
		{"Wait...", false},
		{"[Editor's note]", false},
	} {
		if got := noContentLine(tt.line); got != tt.want {
			t.Errorf("noContentLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestElisionMarkOverList checks that an elision mark between a heading and
// a reprinted list does not stand in for the heading: the list's points are
// still read as the plan's, numbered as printed, in Italian, English and
// German; and that a "(c)" credit line under an agency story yields no
// provision.
func TestElisionMarkOverList(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian second part", doc: "# Il piano di pace in 28 punti, seconda parte\n\n*(continua dalla prima pagina)*\n\n[...]\n\n15. Russia e Stati Uniti creeranno un gruppo di lavoro comune per la sicurezza.\n\n16. La Russia sancirà per legge la non aggressione verso i vicini.\n\n17. Saranno prorogati gli accordi sul controllo degli armamenti nucleari.\n\n[...]\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "gruppo di lavoro"}, {Plan: "US 28-point draft", Number: 16, Text: "non aggressione"}, {Plan: "US 28-point draft", Number: 17, Text: "armamenti nucleari"}}},
		{name: "english reprint", doc: "# The 28-point peace plan, continued\n\n(…)\n\n18. Ukraine stays a non-nuclear state.\n\n19. The Zaporizhzhia plant restarts under IAEA oversight.\n\n20. Schools in both countries teach tolerance.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 18, Text: "non-nuclear"}, {Plan: "US 28-point draft", Number: 19, Text: "Zaporizhzhia"}, {Plan: "US 28-point draft", Number: 20, Text: "tolerance"}}},
		{name: "german reprint", doc: "# Der 28-Punkte-Plan im Wortlaut, Teil 2\n\n[…]\n\n22. Keine Seite darf die vereinbarte Regelung mit Gewalt ändern.\n\n23. Russland behindert die kommerzielle Nutzung des Dnjepr nicht.\n\n24. Ein Ausschuss begleitet den Austausch aller Gefangenen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 22, Text: "mit Gewalt"}, {Plan: "US 28-point draft", Number: 23, Text: "Dnjepr"}, {Plan: "US 28-point draft", Number: 24, Text: "Gefangenen"}}},
		{name: "credit line", doc: "---\ntitle: Los europeos presentan su contrapropuesta\n---\n\nGinebra, 23 nov (NPA).- La contrapropuesta europea eleva el techo del ejército ucraniano a 800.000 efectivos en tiempos de paz.\n\n(c) Nordwind Presseagentur\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800.000 efectivos"}},
			not:  []string{"Nordwind"}},
	})
}
