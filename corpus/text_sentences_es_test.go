package corpus

import "testing"

// TestSentencesSpanishMarks checks that a Spanish question or exclamation,
// opened by its inverted mark, starts a sentence of its own.
func TestSentencesSpanishMarks(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"El texto fija un techo de 600.000 militares. ¿Sigue en el borrador?", 2},
		{"La reunión terminó tarde. ¡Por fin hay acuerdo! Mañana se firma.", 3},
	} {
		if got := sentences(c.text); len(got) != c.want {
			t.Errorf("sentences(%q) = %q, want %d sentences", c.text, got, c.want)
		}
	}
}
