package corpus

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLowerTable checks the table against unicode.ToLower for every rune
// it holds, and lowerString against strings.ToLower on every rune of the
// Basic Multilingual Plane in a word, on invalid UTF-8 and on the
// corpus's fixtures.
func TestLowerTable(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := toLowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLowerRune(%U) = %U, want %U", r, got, want)
		}
		if !utf8.ValidRune(r) {
			continue
		}
		s := "Ab" + string(r) + "ЁЖ"
		if got, want := lowerString(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerString(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", "abc", "ABC", "Ünïcödé", "ПЛАН", "план", "a\xffB", "\xc3", "x\uFFFDy", "İstanbul", "ΣΟΦΙΑ"} {
		if got, want := lowerString(s), strings.ToLower(s); got != want {
			t.Errorf("lowerString(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}
