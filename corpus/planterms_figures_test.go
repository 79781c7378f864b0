package corpus

import (
	"fmt"
	"testing"
)

// TestHoldsFigure: a text holds a figure of the catalogue only when one of
// its numbers, in any national format, is some term's figure; dates and
// counts that no term names are not.
func TestHoldsFigure(t *testing.T) {
	c := planTermsData()
	var figure int64
	for v, alts := range c.numbers {
		if len(alts) > 0 && v >= 1000 && v < 1e6 && v%1000 == 0 {
			figure = v
			break
		}
	}
	if figure == 0 {
		t.Skip("the catalogue names no figure in thousands")
	}
	// numbers no term names, to stand for a date and a count
	none := func(from int64) int64 {
		for v := from; ; v++ {
			if len(c.numbers[v]) == 0 && len(c.numbers[v*1000]) == 0 {
				return v
			}
		}
	}
	day, count := none(17), none(41)
	th := figure / 1000
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{fmt.Sprintf("the draft sets it at %d,000.", th), true},
		{fmt.Sprintf("der entwurf nennt %d.000.", th), true},
		{fmt.Sprintf("le texte prévoit %d 000 soldats.", th), true},
		{fmt.Sprintf("on %d november, %d delegates met.", day, count), false},
		{fmt.Sprintf("il %d novembre si sono riuniti %d ministri.", day, count), false},
		{"no number at all", false},
	} {
		if got := c.holdsFigure(tc.low); got != tc.want {
			t.Errorf("holdsFigure(%q) = %v, want %v", tc.low, got, tc.want)
		}
	}
}
