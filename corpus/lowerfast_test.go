package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendLowerEveryTwoByteSequence checks appendLower against
// strings.ToLower for every lead byte of a two-byte sequence followed by
// every byte (valid letters, invalid continuations, overlong leads), each
// between ASCII, so the inline decoding answers as the generic one does.
func TestAppendLowerEveryTwoByteSequence(t *testing.T) {
	for lead := 0xC0; lead <= 0xDF; lead++ {
		for next := 0; next <= 0xFF; next++ {
			s := "A" + string([]byte{byte(lead), byte(next)}) + "Z"
			if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
				t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestAppendLowerRandomTexts checks appendLower against strings.ToLower on
// random mixes of ASCII, two-, three- and four-byte runes and stray
// bytes, appended to a buffer that already holds text and to one without
// room, so the in-place ASCII runs grow the buffer when they must.
func TestAppendLowerRandomTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 4))
	pieces := []string{"A", "z", " ", "Ж", "ж", "É", "İ", "Σ", "ς", "\u212a", "Ⱥ", "ẞ", "—", "😀", "\xff", "\xc3", "Ω", "ǅ"}
	for range 5000 {
		var sb strings.Builder
		for range r.IntN(24) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		for _, prefix := range [][]byte{nil, []byte("held: "), make([]byte, 3, 3)} {
			want := string(prefix) + strings.ToLower(s)
			if got := string(appendLower(prefix, s)); got != want {
				t.Fatalf("appendLower(%q, %q) = %q, want %q", prefix, s, got, want)
			}
		}
	}
	// every rune of the Basic Multilingual Plane, alone
	for c := rune(0); c < 0x10000; c++ {
		if !utf8.ValidRune(c) {
			continue
		}
		s := string(c)
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%U) = %q, want %q", c, got, want)
		}
	}
}
