package corpus

import "testing"

// TestOrdinalIntroducesNextSentence checks that a sentence naming a point
// by its ordinal as the complement of a copula gives the next sentence as
// that point's term, in three languages, and is no provision itself.
func TestOrdinalIntroducesNextSentence(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Analysis\n\nThe 28-point plan has been trimmed in Geneva.\n\nThe hardest knot is the plan's 21st point. In the first draft, it would have the front frozen in Kherson along the line of contact.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "front frozen in Kherson"}},
			not:  []string{"hardest knot"}},
		{name: "italian", doc: "# L'analisi\n\nIl piano in 28 punti è stato rivisto a Ginevra.\n\nIl vero nodo è il ventunesimo punto. Nella prima bozza, il fronte di Kherson verrebbe congelato lungo la linea di contatto.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "fronte di Kherson verrebbe congelato"}},
			not:  []string{"vero nodo"}},
		{name: "russian", doc: "# Разбор\n\nПлан из 28 пунктов пересмотрели в Женеве.\n\nСамое спорное место — двадцать первый пункт. В первой версии линия фронта в Херсонской области замораживается по линии соприкосновения.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "линия фронта в Херсонской области"}},
			not:  []string{"Самое спорное"}},
	})
}
