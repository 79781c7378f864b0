package index

import (
	"strings"
	"testing"
)

// TestPointGlossAnswers: an English question finds a point reprinted in
// German or Italian, with none of its words, through what that point of
// that version is about (pointgloss.go); a question about nothing in the
// plan still answers nothing. Documents: testdata/pointgloss.
func TestPointGlossAnswers(t *testing.T) {
	ix := openFixtures(t, "testdata/pointgloss/*.md")
	for _, c := range []struct{ query, want string }{
		{"army size cap", "600.000 Mann"},
		{"peace council chaired by trump", "presieduto da Donald Trump"},
		{"amnesty", "rinunciano a ogni pretesa"},
		{"ceasefire withdraw agreed positions", "Le armi tacciono"},
		{"hotel by the lake", "hotel by the lake"},
		{"bitcoin price forecast", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestPointGloss: the counter-proposal's own entry where it rewrote a
// point, the US entry where it kept it, nothing for an unnumbered point or
// a version the gloss does not know; nothing for English text, which says
// what its point is about in the words an English question uses.
func TestPointGloss(t *testing.T) {
	if got := pointGlossFor("en", "US 28-point draft", 6); got != "" {
		t.Errorf("English provision glossed %q, want nothing", got)
	}
	for _, c := range []struct {
		plan   string
		n      int
		want   string
		substr bool
	}{
		{"US 28-point draft", 6, "600,000", true},
		{"European counter-proposal", 6, "800,000", true},
		{"European counter-proposal", 19, "Zaporizhzhia", true},
		{"US 28-point draft", 0, "", false},
		{"Geneva framework", 6, "", false},
		{"US 28-point draft", 29, "", false},
	} {
		got := pointGlossFor("de", c.plan, c.n)
		if c.substr && !strings.Contains(got, c.want) || !c.substr && got != c.want {
			t.Errorf("pointGloss(%q, %d) = %q, want %q", c.plan, c.n, got, c.want)
		}
	}
}
