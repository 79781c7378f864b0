package corpus

import (
	"slices"
	"testing"
)

// TestPlansNamed: a question names a version loosely (a space for a
// hyphen, a singular count, no apostrophe) in several languages, and the
// words naming it are returned; a phrase inside another word names nothing.
func TestPlansNamed(t *testing.T) {
	for _, c := range []struct {
		text  string
		plans []string
		word  string // one of the naming words, "" for none
	}{
		{"what the 28 point text says on sanctions", []string{"US 28-point draft"}, "28"},
		{"Was sagt der Gegenvorschlag zur Armee", []string{"European counter-proposal"}, "gegenvorschlag"},
		{"la controproposta sui beni congelati", []string{"European counter-proposal"}, "controproposta"},
		{"europes plan on territory", []string{"European counter-proposal"}, "europes"},
		{"the 19 point framework and the 28-point draft", []string{"Geneva framework", "US 28-point draft"}, "19"},
		{"a bonus plan for the troops", nil, ""},
	} {
		plans, words := PlansNamed(c.text)
		if !slices.Equal(plans, c.plans) || c.word != "" && !slices.Contains(words, c.word) || c.word == "" && len(words) > 0 {
			t.Errorf("PlansNamed(%q) = %v, %v; want %v with %q", c.text, plans, words, c.plans, c.word)
		}
	}
}
