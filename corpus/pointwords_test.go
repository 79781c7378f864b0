package corpus

import "testing"

// TestPointWordsInTextOrder: the point words of a sentence come back in
// the order the text gives them, whatever order the lexicon's letters are
// kept in, so a caller taking the first one ("the first point named")
// gets the same answer on every run.
func TestPointWordsInTextOrder(t *testing.T) {
	lx := lexiconData()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Il punto 7 rinvia al punkt 9 e al paragrafo sul punto 21.", []string{"punto", "punkt", "punto"}},
		{"В пункте 11, как и в пункт 12, point 5 не упомянут.", []string{"пункте", "пункт", "point"}},
	} {
		for run := 0; run < 20; run++ {
			got := lx.pointWordsIn(c.text)
			if len(got) != len(c.want) {
				t.Fatalf("%q: got %v, want words %v", c.text, got, c.want)
			}
			for k := range got {
				if got[k].word != c.want[k] || k > 0 && got[k].start <= got[k-1].start {
					t.Fatalf("%q: got %v, want %v in text order", c.text, got, c.want)
				}
			}
		}
	}
}
