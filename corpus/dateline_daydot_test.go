package corpus

import "testing"

// TestDayDotDateline checks the dateline of Central European agencies,
// written with no comma after the place and the day as an ordinal with a
// full stop ("KOŠICE 4. decembra (TASR) -", "BRNO 12. března (ČTK) -"):
// the agency is the outlet, the day and month the date, and the lead
// after it is no part of the title. A capitalised phrase with a number
// that is no date gives no dateline.
func TestDayDotDateline(t *testing.T) {
	tests := []struct {
		name, para, outlet string
		month, day         int
		ok                 bool
	}{
		{"sk", "KOŠICE 4. decembra (TASR) - Primátor mesta uviedol, že most otvoria v lete.", "TASR", 12, 4, true},
		{"cs", "BRNO 12. března (ČTK) - Hejtman kraje řekl, že silnice bude opravena do léta.", "ČTK", 3, 12, true},
		{"a number, no month", "NATO 28. Gipfel (Brüssel) - Die Staaten beraten.", "", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := readDateline(tt.para)
			if ok != tt.ok {
				t.Fatalf("readDateline(%q) ok %v, want %v", tt.para, ok, tt.ok)
			}
			if ok && (d.outlet != tt.outlet || d.month != tt.month || d.day != tt.day) {
				t.Errorf("outlet %q %d.%d, want %q %d.%d", d.outlet, d.day, d.month, tt.outlet, tt.day, tt.month)
			}
		})
	}
}
