package corpus

import "testing"

// TestTermNumbers checks that a provision the document calls a point
// without a number the scan reads ("the sixth point", "in einem späteren
// Punkt", "w jednym z ostatnich punktów") takes the number its version
// gives the term it states, in four languages, and that a term stated
// with no point word keeps no number.
func TestTermNumbers(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english ordinal after the term", doc: "# The US draft in brief\n\nAmong the terms of the US draft:\n\n- Ukraine's army would be held to 600,000 troops (its sixth point);\n- Kyiv would hold elections within 100 days.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000 troops"}, {Plan: "US 28-point draft", Number: 0, Text: "within 100 days"}}},
		{name: "german point word", doc: "# Der US-Entwurf\n\nAus dem US-Entwurf:\n\n- Wahlen in der Ukraine binnen 100 Tagen, wie es in einem späteren Punkt heißt;\n- die Ukraine verzichtet auf eine Armee über 600.000 Mann.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "binnen 100 Tagen"}}},
		{name: "polish inflected point word", doc: "# Amerykański projekt\n\nCo zawiera amerykański projekt:\n\n- pełna amnestia dla wszystkich stron wojny, zapisana w jednym z ostatnich punktów;\n- Ukraina nie wstąpi do NATO i zapisze to w konstytucji.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "amnestia dla wszystkich stron"}}},
		{name: "russian counter-proposal", doc: "# Европейский ответ\n\nЧто меняет европейское контрпредложение:\n\n- численность армии в мирное время — до 800 тысяч, так записано в отдельном пункте;\n- гарантии безопасности по образцу статьи 5.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "до 800 тысяч"}}},
		{name: "english point named in the item", doc: "# The US draft in brief\n\nAmong the terms of the US draft:\n\n- Kyiv would give up its claim to NATO;\n- and, as its last point, the fighting stops once the armies have moved back.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 28, Text: "the fighting stops"}}},
		{name: "italian ordinal that agrees with the term", doc: "# Lettera dei sindaci\n\nAbbiamo letto il piano americano in 28 punti. Temiamo soprattutto il sesto, che porterebbe l'esercito ucraino a 600 mila uomini.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 mila uomini"}}},
		{name: "spanish ordinal that agrees with the term", doc: "# Cartas al corresponsal\n\nLeí el plan estadounidense de 28 puntos. Me inquieta el sexto, que dejaría el ejército ucraniano en 600.000 soldados.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000 soldados"}}},
	})
}

// TestTermNumber checks the number a text's terms tell: none for terms of
// two numbers or for a version that does not number the term; and which
// texts speak of a point: not a plan named by its count of points.
func TestTermNumber(t *testing.T) {
	c := planTermsData()
	var sc termScan
	for _, tt := range []struct {
		plan, text string
		want       int
	}{
		{"US 28-point draft", "the army is held at 600,000", 6},
		{"US 28-point draft", "caps the army at 600,000 and calls elections within 100 days", 0},
		{"European counter-proposal", "l'esercito resta a 800 mila uomini", 6},
		{"US 28-point draft", "l'esercito resta a 800 mila uomini", 0},
	} {
		if got := termNumber(c, &sc, tt.plan, tt.text); got != tt.want {
			t.Errorf("termNumber(%q, %q) = %d, want %d", tt.plan, tt.text, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"its sixth point", true},
		{"o którym mowa w punkcie", true},
		{"передбачено пунктом", true},
		{"the 28-point draft caps the army", false},
		{"il piano in 28 punti", false},
		{"der 28-Punkte-Plan", false},
	} {
		if got := speaksOfPoint(tt.text); got != tt.want {
			t.Errorf("speaksOfPoint(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
