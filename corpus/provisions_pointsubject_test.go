package corpus

import "testing"

// TestPointSubjectKeepsVerb checks that a point named as the subject of
// its own sentence, by ordinal or number, keeps the verb that sets its
// term out, in four languages; and that a document as the subject ("the
// plan limits …") still gives the term alone.
func TestPointSubjectKeepsVerb(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english ordinal", doc: "# Reading the leaked draft\n\nThe 28-point plan was read closely in Brussels.\n\nThe draft's sixth point limits Ukraine's armed forces to 600,000 soldiers.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "sixth point limits Ukraine's armed forces"}}},
		{name: "spanish ordinal", doc: "# Preguntas de los lectores\n\nEl plan de 28 puntos sigue en la mesa.\n\nEl séptimo punto exige que Ucrania renuncie a la OTAN por escrito en su Constitución.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "exige que Ucrania renuncie"}}},
		{name: "ukrainian numeric ordinal", doc: "# Що варто знати\n\nПлан із 28 пунктів обговорюють у Женеві.\n\n21-й пункт передбачає відведення українських військ із частини Донеччини.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "пункт передбачає відведення"}}},
		{name: "greek ordinal", doc: "# Τι λέει το σχέδιο\n\nΤο σχέδιο των 28 σημείων συζητείται στη Γενεύη.\n\nΤο έκτο σημείο ορίζει ότι ο ουκρανικός στρατός περιορίζεται στους 600.000 άνδρες.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "σημείο ορίζει ότι"}}},
	})
}

// TestPointSubjectText pins the widening rule itself: a bare point subject
// and verb before the term widen it; an aside, a document subject or a
// head that ends on the point leave it.
func TestPointSubjectText(t *testing.T) {
	for _, c := range []struct{ s, text, want string }{
		{"The plan's sixth point limits the army to 600,000.", "the army to 600,000", "The plan's sixth point limits the army to 600,000"},
		{"Il settimo punto prevede che l'Ucraina rinunci alla NATO.", "l'Ucraina rinunci alla NATO", "Il settimo punto prevede che l'Ucraina rinunci alla NATO"},
		{"The plan limits the army to 600,000.", "the army to 600,000", "the army to 600,000"},
		{"Under point 14, the assets would be invested.", "the assets would be invested", "the assets would be invested"},
	} {
		if got := pointSubjectText(c.s, c.text); got != c.want {
			t.Errorf("pointSubjectText(%q, %q) = %q, want %q", c.s, c.text, got, c.want)
		}
	}
}

// TestUnnumberedPointSubjectKeepsVerb checks that a point named without
// its number as the subject of its sentence keeps its verb and itself in
// the term text, as a numbered one does, in three languages (the number
// is the catalogue's).
func TestUnnumberedPointSubjectKeepsVerb(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "russian", doc: "# План США\n\nПлан из 28 пунктов передали Киеву в четверг.\n\nОтдельный пункт предусматривает возвращение России в «Большую восьмёрку».\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Отдельный пункт предусматривает возвращение"}}},
		{name: "italian", doc: "# Il piano americano\n\nIl piano in 28 punti è arrivato a Kiev giovedì.\n\nUn altro punto prevede il ritorno della Russia nel G8.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Un altro punto prevede il ritorno"}}},
		{name: "polish", doc: "# Plan amerykański\n\nPlan z 28 punktów trafił w czwartek do Kijowa.\n\nOsobny punkt przewiduje powrót Rosji do grupy G8.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Osobny punkt przewiduje powrót"}}},
	})
}
