package corpus

import "testing"

// TestRunInLabel checks which paragraphs open with a run-in label.
func TestRunInLabel(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"Elecciones. Según el punto 25, Ucrania votaría pronto.", true},
		{"Frozen assets. The plan's fourteenth point sends the money to Washington.", true},
		{"Kernkraftwerk. Nach Punkt 19 soll die Anlage wieder ans Netz.", true},
		{"Mr. Trump said the deadline was Thursday.", false},                 // a title
		{"The US plan was published on 20 November. Europe replied.", false}, // a sentence
		{"And then. Nothing happened.", false},                               // a conjunction opens it
		{"Point 6. The army is capped.", false},                              // a digit: a numbered point
	}
	for _, tt := range tests {
		if got := runInLabel(tt.p); got != tt.want {
			t.Errorf("runInLabel(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestRunInEntriesStartAfresh checks that in a glossary laid out as run-in
// entries, a version one entry names does not pass to a bare point of a
// later entry, in Spanish and English.
func TestRunInEntriesStartAfresh(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "spanish glossary", doc: "# Glosario del plan de paz\n\nEjército. El punto 6 del plan estadounidense fija un tope de 600.000 soldados.\n\nContrapropuesta. Los europeos presentaron su texto en Ginebra. Su versión del punto 21 parte de la línea de contacto.\n\nDiplomacia. Varias capitales enviaron emisarios a la reunión.\n\nMar Negro. Según el punto 23, Rusia no impediría el comercio ucraniano por el Dniéper.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 23, Text: "no impediría el comercio"}}},
		{name: "english glossary", doc: "# The peace plan from A to Z\n\nArmy. Point 6 of the US plan caps Ukraine's forces at 600,000.\n\nCounter-proposal. The Europeans tabled their text in Geneva. Its version of point 21 starts from the line of contact.\n\nDiplomacy. Several capitals sent envoys to the talks.\n\nGrain. Under point 23, Russia would not block Ukrainian trade on the Dnieper.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 23, Text: "not block Ukrainian trade"}}},
	})
}

// TestTwentyEightInWords checks that a plan of twenty-eight points written
// in words is the US draft, in Spanish, Italian and German.
func TestTwentyEightInWords(t *testing.T) {
	for _, s := range []string{"Veintiocho puntos y una contrapropuesta", "un piano di ventotto punti", "Die achtundzwanzig Punkte des Plans"} {
		if got := firstNamedVersion(s); got != "US 28-point draft" {
			t.Errorf("firstNamedVersion(%q) = %q, want the US draft", s, got)
		}
	}
}
