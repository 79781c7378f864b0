package corpus

import "testing"

// TestHeadSet checks that the filter turns away only what the map does
// not hold, for German and Russian heads and words that share their
// first bytes.
func TestHeadSet(t *testing.T) {
	words := map[string]bool{"minister": true, "sprecher": true, "министр": true, "x": true}
	h := newHeadSet(words)
	for _, s := range []string{"minister", "ministerin", "sprecher", "spreche", "министр", "министра", "мин", "x", "", "m", "aminister", "bundesminister"} {
		if got, want := h.has(s), words[s]; got != want {
			t.Errorf("has(%q) = %v, want %v", s, got, want)
		}
	}
}
