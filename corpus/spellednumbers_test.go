package corpus

import "testing"

// TestReadSpelled reads numbers spelled out in words, as a speech writes
// them, and leaves words that only look like one alone.
func TestReadSpelled(t *testing.T) {
	c := planTermsData()
	cases := []struct {
		text string
		want int64 // 0: no number
		rest string
	}{
		{"six hundred thousand in peacetime", 600000, " in peacetime"},
		{"a hundred days", 100, " days"},
		{"eight hundred thousand troops", 800000, " troops"},
		{"twenty-eight thousand", 28000, ""},
		{"six hundred and fifty thousand men", 650000, " men"},
		{"one million", 1000000, ""},
		{"a large package", 0, ""},
		{"six points", 0, ""},
		{"and a hundred", 0, ""},
	}
	for _, tc := range cases {
		v, end := c.readSpelled(tc.text, 0)
		if v != tc.want || tc.want != 0 && tc.text[end:] != tc.rest {
			t.Errorf("readSpelled(%q) = %d, rest %q; want %d, rest %q", tc.text, v, tc.text[end:], tc.want, tc.rest)
		}
	}
}

// TestSpelledFigureTerm checks that a figure in words gives the plan's
// term as the figure in digits does.
func TestSpelledFigureTerm(t *testing.T) {
	for _, body := range []string{
		"The American plan asks Ukraine to cap its army at six hundred thousand soldiers.",
		"The American plan asks Ukraine to cap its army at 600,000 soldiers.",
	} {
		d, err := Parse([]byte("---\nlang: en\n---\n\n"+body+"\n"), ParseOptions{Name: "t.md"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range d.Provisions {
			if p.Number == 6 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no point 6; got %+v", body, d.Provisions)
		}
	}
}
