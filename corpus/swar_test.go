package corpus

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// randomJoin is n pieces drawn at random and joined: the random texts on
// which the stop-49 speed tests check a fast path against the code it
// stands in front of.
func randomJoin(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for ; n > 0; n-- {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

// TestSwarMatchesByteLoops checks the eight-bytes-a-step helpers of
// swar.go against the byte loops they replaced, on random texts of every
// length up to 40 mixing the bytes around the A-Z edges ('@', '[', '`',
// '{'), high bytes that carry when added to (0xbf, 0xc1, 0xff), UTF-8
// letters and invalid bytes, at every offset.
func TestSwarMatchesByteLoops(t *testing.T) {
	alphabet := []string{"a", "z", "A", "Z", "@", "[", "`", "{", " ", "0", "\x7f", "\x80", "\xbf", "\xc1", "\xff", "É", "ß", "Ж", "ж", "İ", "Σ", "\u2019", "K"}
	rng := rand.New(rand.NewSource(49))
	for n := 0; n < 20000; n++ {
		s := randomJoin(rng, alphabet, rng.Intn(41))
		wantASCII := true
		wantUpper := -1
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				wantASCII = false
			}
			if wantUpper < 0 && s[i] >= 'A' && s[i] <= 'Z' {
				wantUpper = i
			}
		}
		if wantUpper < 0 {
			wantUpper = len(s)
		}
		if got := isASCII(s); got != wantASCII {
			t.Fatalf("isASCII(%q) = %v", s, got)
		}
		if got := hasASCIIUpper(s); got != (wantUpper < len(s)) {
			t.Fatalf("hasASCIIUpper(%q) = %v", s, got)
		}
		for i := 0; i <= len(s); i++ {
			w := len(s)
			for k := i; k < len(s); k++ {
				if s[k] >= 'A' && s[k] <= 'Z' {
					w = k
					break
				}
			}
			if got := firstUpper(s, i); got != w {
				t.Fatalf("firstUpper(%q, %d) = %d, want %d", s, i, got, w)
			}
		}
		ascii := []byte(s)
		for i, c := range ascii {
			if c >= 'A' && c <= 'Z' {
				ascii[i] = c + 'a' - 'A'
			}
		}
		if got := lowerASCIIWide(s); got != string(ascii) {
			t.Fatalf("lowerASCIIWide(%q) = %q", s, got)
		}
		if got := lowerASCII(s); got != string(ascii) {
			t.Fatalf("lowerASCII(%q) = %q", s, got)
		}
		if got, want := string(appendLower([]byte("x"), s)), string(appendLowerBytewise([]byte("x"), s)); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if utf8.ValidString(s) {
			if got := lowerString(s); got != strings.ToLower(s) {
				t.Fatalf("lowerString(%q) = %q, want %q", s, got, strings.ToLower(s))
			}
		}
	}
}

// appendLowerBytewise is appendLower as it was before swar.go: one byte
// of an ASCII run a step.
func appendLowerBytewise(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, foldTable[c])
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if l := toLowerRune(rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)); l >= 0x80 && l < 0x800 {
				b = append(b, byte(0xC0|l>>6), byte(0x80|l&0x3F))
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, toLowerRune(r))
		i += n
	}
	return b
}
