package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// TestLowerText checks that lowerText gives lowerString's answer for short
// and long texts, for a text asked again (the memo's answer), for a copy
// of a remembered text at another address, and for a slice of a
// remembered text that starts at its address but is shorter: the memo
// must answer none of those last two with another text's lowered form.
func TestLowerText(t *testing.T) {
	long := "Point 14: The AMERICAN draft says Frozen Assets stay FROZEN until the war ends."
	cases := []string{
		"", "Short Label", long, "ВЕРСИЯ: Замороженные АКТИВЫ остаются замороженными до конца войны.",
		"İstanbul and the Kelvin sign \u212a are lowered as strings.ToLower does.", strings.Repeat("ABC def ", 10),
	}
	for _, s := range cases {
		for k := 0; k < 2; k++ { // the second time from the memo
			if got, want := lowerText(s), lowerString(s); got != want {
				t.Errorf("lowerText(%q) #%d = %q, want %q", s, k, got, want)
			}
		}
	}
	lowerText(long)
	if got, want := lowerText(long[:40]), lowerString(long[:40]); got != want {
		t.Errorf("a shorter slice at the same address: %q, want %q", got, want)
	}
	cp := strings.Clone(strings.ToUpper(long))
	if got, want := lowerText(cp), lowerString(cp); got != want {
		t.Errorf("another text: %q, want %q", got, want)
	}
}

// TestScratchTokens checks that a reader's kept buffer gives tokenize's
// tokens, and that the strings of tokens read before stay as they were
// when the buffer is used again.
func TestScratchTokens(t *testing.T) {
	var buf []tok
	first := "Ana Lucia Brandvold, a junior at the college, was blunter."
	a := scratchTokens(&buf, first)
	if !reflect.DeepEqual(a, tokenize(first)) {
		t.Fatalf("scratchTokens(%q) = %v, want tokenize's %v", first, a, tokenize(first))
	}
	word := a[0].word
	second := "Der Völkerrechtler Dr. Matthias Ebersberger sagte, die Lage sei ernst, und fügte hinzu: nein."
	b := scratchTokens(&buf, second)
	if !reflect.DeepEqual(b, tokenize(second)) {
		t.Fatalf("scratchTokens(%q) = %v, want tokenize's %v", second, b, tokenize(second))
	}
	if word != "Ana" {
		t.Errorf("a word read before the buffer was used again is %q, want Ana", word)
	}
	if got := scratchTokens(&buf, ""); len(got) != 0 {
		t.Errorf("scratchTokens of an empty text = %v", got)
	}
}
