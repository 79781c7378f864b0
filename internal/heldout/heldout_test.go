package heldout

import "testing"

func TestBlind(t *testing.T) {
	for _, c := range []struct {
		name, first string
		want        bool
	}{
		{"heldout-x", "y", false},
		{"heldout-y", "y", true},
		{"heldout-z", "y", true},
		{"heldout-za", "y", true},
		{"heldout-za", "zb", false},
		{"heldout-zb", "zb", true},
		{"heldout-zc", "zb", true},
		{"heldout-z", "za", false},
		{"heldout-aaa", "zz", true},
		{"heldout", "y", false},
		{"dev", "y", false},
		{"heldout-y/all", "y", false},
		{"heldout-Y", "y", false},
		{"heldout-", "y", false},
	} {
		if got := Blind(c.name, c.first); got != c.want {
			t.Errorf("Blind(%q, %q) = %v, want %v", c.name, c.first, got, c.want)
		}
	}
}
