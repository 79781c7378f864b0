package corpus

import "testing"

// TestTrimWordLoneQuote checks that a word made only of a closing quote or
// apostrophe (a stray ’ between spaces, as curly-quoted headlines produce)
// is trimmed to nothing instead of reading the byte before the string.
func TestTrimWordLoneQuote(t *testing.T) {
	cases := []struct{ raw, word, trail string }{
		{"’", "", "’"},
		{"'", "", ""}, // a straight quote is taken as an opening one
		{"’,", "", "’,"},
		{"Parteien’", "Parteien", "’"},
		{"allies’", "allies’", ""},
		{"leaders'", "leaders'", ""},
		{"«говорит»", "говорит", "»"},
	}
	for _, c := range cases {
		w, tr := trimWord(c.raw)
		if w != c.word || tr != c.trail {
			t.Errorf("trimWord(%q) = %q, %q; want %q, %q", c.raw, w, tr, c.word, c.trail)
		}
	}
}
