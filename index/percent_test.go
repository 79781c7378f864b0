package index

import (
	"slices"
	"testing"
)

// TestPercentSign: a share written with the sign ("90 %", "70%") is
// found by the word ("90 percent") in any language, and a question typed
// with the sign asks for the word. Each question fails without its half
// of the mechanism (the word indexed beside the text, the query's sign
// spelt out): the English distractor shares the other words and the
// number.
func TestPercentSign(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/percent/*.md", 3)
	for _, c := range []struct{ query, want string }{
		{"90 percent agreed", "environ 90 % des points"},
		{"90% of points", "environ 90 % des points"},
		{"70%", "70 Prozent der Befragten"},
		{"70 percent", "70 Prozent der Befragten"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestPercentForms: which texts get the word and how queries are spelt.
func TestPercentForms(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"environ 90 % des points", []string{percentWord}},
		{"about 90% of the issues", []string{percentWord}},
		{"90\u00a0% des points", []string{percentWord}},
		{"rund 70 Prozent", nil},
		{"a 100% sure thing? no: % alone", []string{percentWord}},
		{"the % sign alone", nil},
	} {
		if got := percentForms(c.text); !slices.Equal(got, c.want) {
			t.Errorf("percentForms(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ query, want string }{
		{"90% agreed", "90 percent agreed"},
		{"us gets 50 % profit", "us gets 50 percent profit"},
		{"what % is open", "what % is open"},
		{"no sign", "no sign"},
	} {
		if got := spellPercent(c.query); got != c.want {
			t.Errorf("spellPercent(%q) = %q, want %q", c.query, got, c.want)
		}
	}
}
