package corpus

import "testing"

// TestOrdinalsMoreLanguages checks that a point named by an ordinal in
// words next to its point word, with the verb by which it sets out its
// term, is read in Czech, Dutch, Croatian, Bulgarian and Turkish phrasings
// written for this test (plans.json ordinals, pointrefs.json pointVerbs),
// and that the point word with an ordinal and no document or verb after it
// names none.
func TestOrdinalsMoreLanguages(t *testing.T) {
	tests := []struct {
		name, s string
		want    int
	}{
		{"czech", "Hned první bod zní: \"Ukraine's sovereignty will be confirmed.\"", 1},
		{"czech locative", "V sedmém bodu, který se týká NATO, stojí jiná věta.", 7},
		{"dutch", "Het zevende punt bepaalt dat Oekraïne niet tot de NAVO toetreedt.", 7},
		{"croatian", "Deseta točka predviđa jamstva.", 10},
		{"bulgarian", "Шеста точка предвижда армия от 600 000 души.", 6},
		{"turkish", "Dokuzuncu madde öngörüyor ki Polonya'da savaş uçakları konuşlanacak.", 9},
		{"czech, no document", "První bod zájmu byl jiný.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ordinalPointRef(tt.s); got != tt.want {
				t.Errorf("ordinalPointRef(%q) = %d, want %d", tt.s, got, tt.want)
			}
		})
	}
}
