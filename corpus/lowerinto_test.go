package corpus

import (
	"strings"
	"testing"
)

// TestLowerIntoIsToLower checks that the office roles' lowered document
// text (lowerInto) is what strings.ToLower gives, byte for byte: offsets
// into it are read back in the original text.
func TestLowerIntoIsToLower(t *testing.T) {
	for _, s := range []string{
		"", "plain ascii", "Le Président de la RÉPUBLIQUE", "Міністр ЗАКОРДОННИХ справ", "HIEẞ ES",
		"İstanbul KELVIN \u212a", "bad \xff byte \xc3", "Ωμέγα ΣΟΦΊΑ",
	} {
		var b strings.Builder
		lowerInto(&b, s)
		if got, want := b.String(), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}
