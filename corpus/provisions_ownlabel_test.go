package corpus

import "testing"

func TestOwnPointLabel(t *testing.T) {
	tests := []struct {
		name     string
		number   int
		text     string
		wantNum  int
		wantText string
	}{
		{"czech label after list number", 1, "Bod 4 – vojska se stáhnou o dvacet kilometrů.", 4, "vojska se stáhnou o dvacet kilometrů."},
		{"english colon label", 2, "Point 19: the plant is run under joint control.", 19, "the plant is run under joint control."},
		{"dutch label", 3, "Punt 11 – de sancties worden stap voor stap opgeheven.", 11, "de sancties worden stap voor stap opgeheven."},
		{"article before label", 1, "El punto 8: se crea un fondo común.", 8, "se crea un fondo común."},
		{"sentence about a point keeps list number", 2, "Point 9 sets a ceiling on the army.", 2, "Point 9 sets a ceiling on the army."},
		{"label equal to list number", 5, "Bod 5 – volby do sta dnů.", 5, "Bod 5 – volby do sta dnů."},
		{"no label", 3, "Sanctions are lifted in stages.", 3, "Sanctions are lifted in stages."},
		{"unnumbered bullet left to labelledPoint", 0, "Bod 4 – vojska se stáhnou.", 0, "Bod 4 – vojska se stáhnou."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ownPointLabel(paragraph{kind: paraItem, number: tc.number, text: tc.text})
			if got.number != tc.wantNum || got.text != tc.wantText {
				t.Errorf("ownPointLabel(%d, %q) = %d, %q; want %d, %q", tc.number, tc.text, got.number, got.text, tc.wantNum, tc.wantText)
			}
		})
	}
}
