package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendLowerPunctuation holds appendLower's shortcut for general
// punctuation (U+2000-U+207F copied as it is) to the decoding path it
// skips: every rune of the block, alone and between letters, and the
// block's lead bytes cut short or followed by bytes that continue no
// rune.
func TestAppendLowerPunctuation(t *testing.T) {
	var cases []string
	for r := rune(0x2000); r <= 0x207F; r++ {
		if l := toLowerRune(r); l != r {
			t.Fatalf("U+%04X lowers to U+%04X: the shortcut would keep it", r, l)
		}
		s := string(r)
		cases = append(cases, s, "Ab"+s+"Çd", s+s+"É")
	}
	for _, bad := range []string{"\xe2", "\xe2\x80", "\xe2\x80A", "\xe2\x80\xc0", "\xe2\x81", "\xe2\x82\xac", "\xe2\x84\xa6", "A\xe2\x80", "\xe2\xe2\x80\x99"} {
		cases = append(cases, bad, "Zx"+bad, bad+"Q")
	}
	for _, s := range cases {
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

// BenchmarkAppendLowerNews lowers a news sentence with typographic quotes
// and dashes, the shape appendLower meets most.
func BenchmarkAppendLowerNews(b *testing.B) {
	s := strings.Repeat("The Minister said “we will not sign” — and added: ‘It’s over…’ ", 4)
	var buf []byte
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		buf = appendLower(buf[:0], s)
	}
}

// TestContainsAnyRandom compares containsAny with strings.ContainsAny on
// random sets and texts pieced from characters sharing lead bytes (the
// dashes, quotes and ellipsis all open with E2), their bytes alone, broken
// UTF-8 and U+FFFD.
func TestContainsAnyRandom(t *testing.T) {
	alphabet := []string{"a", " ", ",", "“", "”", "„", "«", "—", "–", "…", "é", "É", "ж", "€", "\ufffd", "\xe2", "\x80", "\x94", "\xc3", "\xff", "(", "🔹"}
	rng := rand.New(rand.NewPCG(52, 1))
	piece := func(max int) string {
		var b strings.Builder
		for range rng.IntN(max) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 20000 {
		chars, s := piece(5), piece(14)
		if got, want := containsAny(s, chars), strings.ContainsAny(s, chars); got != want {
			t.Fatalf("containsAny(%q, %q) = %v, want %v", s, chars, got, want)
		}
	}
}

// TestContainsAnyPasses compares containsAny's per-character searches with
// strings.ContainsAny on texts long enough to take them (and short ones),
// pieced from characters that share lead bytes, their bytes alone, broken
// UTF-8 and U+FFFD, against sets of the same pieces and the sets the rules
// write: where containsAnyPasses answers, it answers as the standard
// function does, and it declines every set holding U+FFFD or a broken byte.
func TestContainsAnyPasses(t *testing.T) {
	alphabet := []string{"a", " ", ",", "“", "”", "„", "«", "»", "—", "–", "…", "é", "É", "ж", "€", "\ufffd", "\xe2", "\x80", "\x9c", "\x94", "\xc2", "\xab", "\xc3", "\xff", "(", "\"", "🔹", "Das ist ein Satz ohne Zeichen. "}
	sets := []string{"", "“”\"«»„", "“\"«„‹”»", ".!?:;,\"“”«»()", "、「」", "┌├╔╠", "\ufffd", "\xe2", "a\xff", "“\xe2"}
	rng := rand.New(rand.NewPCG(54, 7))
	piece := func(max int) string {
		var b strings.Builder
		for range rng.IntN(max) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	declined := 0
	for n := range 30000 {
		chars := piece(6)
		if n%3 == 0 {
			chars = sets[rng.IntN(len(sets))]
		}
		s := piece(60)
		want := strings.ContainsAny(s, chars)
		if got := containsAny(s, chars); got != want {
			t.Fatalf("containsAny(%q, %q) = %v, want %v", s, chars, got, want)
		}
		found, ok := containsAnyPasses(s, chars)
		if !ok {
			declined++
			if utf8.ValidString(chars) && !strings.ContainsRune(chars, utf8.RuneError) {
				t.Fatalf("containsAnyPasses declined the valid set %q", chars)
			}
			continue
		}
		if found != want {
			t.Fatalf("containsAnyPasses(%q, %q) = %v, want %v", s, chars, found, want)
		}
	}
	if declined == 0 {
		t.Fatal("no set with U+FFFD or a broken byte was tried")
	}
}
