// Tests of stop 53's speed changes (xperf) that are not the guest gate's:
// each fast reading is held to the one it replaces.

package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHoldsSuperscriptDigit holds holdsSuperscriptDigit to
// strings.ContainsFunc(s, superscriptDigit): footnote markers in four
// languages, the neighbours of the superscript digits in their blocks
// (U+00B0-00BF, U+2070-207F: degree sign, ¼, superscript plus, subscript
// digits), which must not count, broken UTF-8 before and inside them, and
// random texts pieced from their bytes.
func TestHoldsSuperscriptDigit(t *testing.T) {
	cases := []string{
		"… the profits.³", "… l'Ukraine⁴.", "Die Mittel¹ bleiben", "Санкции⁷ останутся", "Pkt 10⁵ i 80 m²",
		"", "plain text", "20°C and ½ of it", "x⁺y", "H₂O", "¼ ¾ · ¶ ±", "“quotes” — dashes …",
		"\xc2", "\xe2\x81", "\xe2\x81\xb1", "\xe2\xc2\xb9", "\xf0\x9f\xe2\x81\xb4", "\xe2\x80\x81\xb4", "a\xc2\xc2\xb3",
	}
	for r := rune(0x80); r < 0x2100; r++ {
		cases = append(cases, string(r), "ab"+string(r)+"cd")
	}
	alphabet := []string{"a", " ", ".", "\xc2", "\xe2", "\x81", "\xb0", "\xb2", "\xb3", "\xb4", "\xb9", "\xba", "\x80", "\xff", "—", "¹", "⁴", "°", "ж"}
	rng := rand.New(rand.NewPCG(53, 2))
	for range 20000 {
		cases = append(cases, randomText(rng, alphabet, 10))
	}
	for _, s := range cases {
		if got, want := holdsSuperscriptDigit(s), strings.ContainsFunc(s, superscriptDigit); got != want {
			t.Fatalf("holdsSuperscriptDigit(%q) = %v, want %v", s, got, want)
		}
	}
}
