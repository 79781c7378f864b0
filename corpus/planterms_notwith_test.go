package corpus

import "testing"

// "Borders must not be changed by force" is the leaders' principle, not
// the draft's 22: the no-change-by-force term's notWith phrases void it in
// such a sentence, in several languages. A plan clause that says the sides
// will not change the arrangements by force keeps it. Stop 60, zprovp.
func TestNoChangeByForcePrinciple(t *testing.T) {
	c := planTermsData()
	var sc termScan
	held := func(low string) bool {
		for _, h := range c.matchTerms(&sc, low) {
			if c.terms[h.term].ID == "no-change-by-force" {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"en principle", "The leaders repeated that borders must not be changed by force.", false},
		{"en cannot", "In their view, frontiers cannot be changed by force, whatever the draft says.", false},
		{"sv principle", "Hon tillägger att gränser inte får ändras med våld.", false},
		{"es principle", "Para el partido, las fronteras no se cambian por la fuerza.", false},
		{"de principle", "Die Regierung betont, Grenzen dürfen nicht mit Gewalt verschoben werden.", false},
		// negatives: the plan clause itself keeps the term
		{"en clause", "Neither side will change the agreed territorial arrangements by force.", true},
		{"de clause", "Keine Seite wird die vereinbarten Grenzen mit Gewalt verändern.", true},
		{"es clause", "Ninguna de las partes podrá cambiar por la fuerza los acuerdos territoriales.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := held(lowerString(tt.text)); got != tt.want {
				t.Errorf("no-change-by-force in %q: %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
