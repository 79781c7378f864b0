package corpus

import (
	"strings"
	"testing"
)

// TestGridTables reads bordered tables of points in several drawing
// styles and languages: each point's wrapped cell is one provision, and a
// comment column beside the points is read as text, so a spokesman's line
// in it is his statement.
func TestGridTables(t *testing.T) {
	tests := []struct {
		name, doc string
		points    map[int]string // number -> words its provision must hold
		speakers  []string       // people with a statement, in any order
	}{
		{
			name: "ascii wrapped, english",
			doc: "---\ntitle: The 20-point framework at a glance\nlang: en\npublished: 2026-01-04\n---\n\n" +
				"Text version of the chart on the 20-point framework.\n\n" +
				"+----+-------------------------------------+------------------------------+\n" +
				"| No | What the 20-point framework says    | What Moscow says             |\n" +
				"+====+=====================================+==============================+\n" +
				"| 4  | Point 4: the army keeps a peacetime | Peskov: the Kremlin will     |\n" +
				"|    | strength of 800,000 troops          | study the text carefully     |\n" +
				"+----+-------------------------------------+------------------------------+\n" +
				"| 12 | Point 12: the nuclear plant is run  | No official reaction         |\n" +
				"|    | jointly with the United States      |                              |\n" +
				"+----+-------------------------------------+------------------------------+\n",
			points:   map[int]string{4: "strength of 800,000 troops", 12: "jointly with the United States"},
			speakers: []string{"Dmitry Peskov"},
		},
		{
			name: "unicode box, german",
			doc: "---\ntitle: Der 20-Punkte-Plan in der Übersicht\nlang: de\npublished: 2026-01-04\n---\n\n" +
				"Die Tabelle zum 20-Punkte-Plan als Text.\n\n" +
				"┌────┬──────────────────────────────────────┐\n" +
				"│ Nr │ Inhalt                               │\n" +
				"├────┼──────────────────────────────────────┤\n" +
				"│ 5  │ Punkt 5: Die USA, die NATO und die   │\n" +
				"│    │ Europäer geben Sicherheitsgarantien  │\n" +
				"├────┼──────────────────────────────────────┤\n" +
				"│ 18 │ Punkt 18: Wahlen so bald wie möglich │\n" +
				"│    │ nach der Unterzeichnung              │\n" +
				"├────┼──────────────────────────────────────┤\n" +
				"│ 20 │ Punkt 20: Waffenruhe sofort nach der │\n" +
				"│    │ Zustimmung aller Seiten              │\n" +
				"└────┴──────────────────────────────────────┘\n",
			points: map[int]string{5: "Europäer geben Sicherheitsgarantien", 18: "nach der Unterzeichnung", 20: "Zustimmung aller Seiten"},
		},
		{
			name: "client table without row borders, italian",
			doc: "---\ntitle: Il piano in 20 punti, tabella\nlang: it\npublished: 2026-01-04\n---\n\n" +
				"Estratto dal piano in 20 punti.\n\n" +
				"+----+-----------------------------------------+\n" +
				"| n. | testo del punto                         |\n" +
				"+----+-----------------------------------------+\n" +
				"| 7  | Punto 7: l'Ucraina entrerà nell'Unione  |\n" +
				"|    | europea in tempi definiti               |\n" +
				"| 17 | Punto 17: scambio di tutti i prigionieri |\n" +
				"|    | secondo la formula tutti per tutti      |\n" +
				"| 19 | Punto 19: l'accordo è vincolante, con   |\n" +
				"|    | un Consiglio di pace a vigilare         |\n" +
				"+----+-----------------------------------------+\n",
			points: map[int]string{7: "europea in tempi definiti", 17: "formula tutti per tutti", 19: "Consiglio di pace a vigilare"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse([]byte(tc.doc), ParseOptions{Name: "table.md"})
			if err != nil {
				t.Fatal(err)
			}
			got := map[int]string{}
			for _, p := range d.Provisions {
				got[p.Number] = p.Text
			}
			for n, words := range tc.points {
				if !strings.Contains(got[n], words) {
					t.Errorf("point %d = %q, want it to hold %q (all: %v)", n, got[n], words, got)
				}
			}
			if len(got) != len(tc.points) {
				t.Errorf("got %d points %v, want %d", len(got), got, len(tc.points))
			}
			for _, sp := range tc.speakers {
				found := false
				for _, s := range d.Statements {
					found = found || s.Speaker == sp
				}
				if !found {
					t.Errorf("no statement of %s in %v", sp, d.Statements)
				}
			}
		})
	}
}

// TestGridTableLeavesOtherText keeps a body with no bordered table as it
// is, and a lone boxed line, which is a note rather than a table.
func TestGridTableLeavesOtherText(t *testing.T) {
	for _, body := range []string{
		"The draft has 28 points.\n\nA - B - C are the options.",
		"+--------------------------+\n| Update: talks resume today |\n+--------------------------+\n\nMore below.",
		"Scores: +---- not a border\n| not | a table",
	} {
		if got := readGridTables(body); got != body {
			t.Errorf("readGridTables(%q) = %q, want it unchanged", body, got)
		}
	}
}
