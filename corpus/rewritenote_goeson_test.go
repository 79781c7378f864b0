package corpus

import "testing"

// TestRewriteNoteAfterGoingOn checks that a note on the other version's
// rewrite is read as one when the point's terms went on in a sentence
// between them, and when it points back with an "instead" word.
func TestRewriteNoteAfterGoingOn(t *testing.T) {
	cases := []struct {
		ss   []string
		k    int
		want bool
	}{
		{[]string{"Point 10 gives Kyiv a US guarantee for ten years.", "If Ukraine strikes Moscow, the guarantee lapses.", "The European counter-proposal instead asks for an Article 5 guarantee."}, 2, true},
		{[]string{"Punctul 10 oferă Kievului o garanție pe zece ani.", "Dacă Ucraina atacă Moscova, garanția se pierde.", "Contrapropunerea europeană cere în schimb o garanție după modelul NATO."}, 2, true},
		{[]string{"Point 10 gives Kyiv a US guarantee for ten years.", "Point 11 lets Ukraine join the EU.", "The European counter-proposal instead asks for an Article 5 guarantee."}, 2, true},                   // the point right before
		{[]string{"Point 10 gives Kyiv a US guarantee for ten years.", "The talks resume on Monday in the US plan's format.", "The European counter-proposal instead asks for an Article 5 guarantee."}, 2, false}, // a version named between
	}
	for _, c := range cases {
		if got := rewriteNote(c.ss, c.k); got != c.want {
			t.Errorf("rewriteNote(%q, %d) = %v, want %v", c.ss, c.k, got, c.want)
		}
	}
}
