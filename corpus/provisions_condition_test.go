package corpus

import "testing"

func TestConditionClauseTerm(t *testing.T) {
	lx := lexiconData()
	tests := []struct {
		lang, s string
		want    bool
	}{
		{"ro", "Dacă armata rusă trece din nou granița, ajutorul occidental este reluat imediat.", true},
		{"cs", "Pokud Moskva poruší příměří, sankce se vrátí v plné výši.", true},
		{"en", "If the ceasefire breaks down, the monitors leave the zone.", true},
		{"ro", "Dacă da, atunci totul se schimbă.", false},                                     // no condition of its own
		{"ro", "Dacă pacea vine, a spus ministrul, „totul va fi reconstruit”.", false},         // quoted words
		{"en", "If the talks fail, the minister said, the country will suffer.", false},        // reported speech
		{"ro", "Armata este limitată la 500.000 de soldați, dacă nu se schimbă nimic.", false}, // no condition opening
		{"xx", "Si le cessez-le-feu tient, les troupes partent.", false},                       // language without condition words
	}
	for _, tc := range tests {
		if got := conditionClauseTerm(lx, tc.lang, tc.s); got != tc.want {
			t.Errorf("conditionClauseTerm(%s, %q) = %v, want %v", tc.lang, tc.s, got, tc.want)
		}
	}
}

// TestConditionGoesOnWithPoint checks, on a whole document, that a
// condition and its consequence in the present after a point's sentence
// joins that point, and that a rewrite naming the other version after it
// takes the point's number.
func TestConditionGoesOnWithPoint(t *testing.T) {
	doc := "---\ntitle: Planul de pace, pe scurt\nlang: ro\n---\n\n" +
		"Planul american de pace în 28 de puncte a fost discutat la Geneva.\n\n" +
		"În punctul 10, Statele Unite dau Ucrainei o garanție de securitate contra unei plăți. " +
		"Dacă trupele ucrainene intră în Rusia, garanția se pierde. " +
		"Contrapropunerea europeană vrea o garanție după modelul articolului 5 al NATO.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "ro-condition.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	var joined, rewrite bool
	for _, p := range d.Provisions {
		if p.Number == 10 && p.Plan == "US 28-point draft" && containsFold(p.Text, "garanția se pierde") {
			joined = true
		}
		if p.Number == 10 && p.Plan == "European counter-proposal" && containsFold(p.Text, "articolului 5") {
			rewrite = true
		}
	}
	if !joined || !rewrite {
		t.Errorf("condition joined to point 10: %v, European rewrite numbered 10: %v; provisions %+v", joined, rewrite, d.Provisions)
	}
}
