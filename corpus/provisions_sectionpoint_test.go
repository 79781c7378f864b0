package corpus

import "testing"

// TestSectionPointNotes checks that an unnumbered term under a heading
// that names its point in brackets is that point, in Spanish, English and
// German, and that a heading naming two points numbers nothing.
func TestSectionPointNotes(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "spanish factbox", doc: "# CLAVES: el plan de EEUU de 28 puntos\n\n**ELECCIONES (punto 25)**\n\nSegún el borrador estadounidense, Ucrania celebrará elecciones en un plazo de 100 días.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "elecciones en un plazo de 100 días"}}},
		{name: "english heading", doc: "# Explainer: the US 28-point plan\n\n## Frozen assets [point 14]\n\nUnder the US draft, $100 billion of frozen Russian assets would go to rebuilding Ukraine.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "frozen Russian assets"}}},
		{name: "german heading", doc: "# Der US-Plan im Überblick\n\n## Amnestie (Punkt 26)\n\nLaut dem Entwurf soll es eine volle Amnestie für alle Seiten geben.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Amnestie für alle"}}},
	})
}

// TestHeadingPointNote reads the bracketed point note closing a heading.
func TestHeadingPointNote(t *testing.T) {
	tests := []struct {
		h    string
		want int
	}{
		{"EJÉRCITO (punto 6)", 6},
		{"Frozen assets [point 14]", 14},
		{"ARMEE (Punkt 6):", 6},
		{"OTAN (puntos 7 y 8)", 0},
		{"Army (2025)", 0},
		{"The army", 0},
	}
	for _, tt := range tests {
		if got := headingPointNote(tt.h); got != tt.want {
			t.Errorf("headingPointNote(%q) = %d, want %d", tt.h, got, tt.want)
		}
	}
}
