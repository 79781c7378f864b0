package corpus

import "testing"

// TestLastOrdinal checks that "the last point" of the plan names point
// 28, in English, Greek, Polish and Ukrainian phrasings written for this
// test (the Ukrainian one after a declined document noun, "документа"),
// while a word for "last" with no document or verb after the point
// word, or the French possessive "son", names none.
func TestLastOrdinal(t *testing.T) {
	tests := []struct {
		name, s string
		want    int
	}{
		{"english", "The last point of the plan sets a ceasefire once both sides agree.", 28},
		{"greek", "Το τελευταίο σημείο ορίζει ότι η εκεχειρία ισχύει αμέσως.", 28},
		{"polish", "Ostatni punkt planu mówi o zawieszeniu broni.", 28},
		{"ukrainian", "Останній пункт документа передбачає припинення вогню.", 28},
		{"english, no document", "The last point I would make is about money.", 0},
		{"french possessive", "Il a défendu son point de vue.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ordinalPointRef(tt.s); got != tt.want {
				t.Errorf("ordinalPointRef(%q) = %d, want %d", tt.s, got, tt.want)
			}
		})
	}
}
