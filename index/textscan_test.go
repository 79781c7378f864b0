package index

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestTextScans: the scans give normSpace and translitForms the answers
// of their full steps, and the common case (ASCII text, single spaces, no
// Cyrillic) allocates nothing, which fails without the scans.
func TestTextScans(t *testing.T) {
	cases := []struct {
		name string
		text string
		// common: normSpace and translitForms both take the scan's
		// shortcut, so neither allocates.
		common bool
	}{
		{"plain sentence", "The envoys met twice before the deadline.", true},
		{"empty", "", true},
		{"double space", "The envoys  met twice.", false},
		{"leading space", " The envoys met.", false},
		{"trailing space", "The envoys met. ", false},
		{"tab", "Point 4:\tthe border stays open.", false},
		{"newline", "first line\nsecond line", false},
		{"only spaces", "   ", false},
		{"no-break space", "Point\u00a012 is deferred.", false},
		{"ideographic space", "和平\u3000计划", false},
		{"German umlauts", "Die Gespräche über den Plan gehen weiter.", false},
		{"Russian capitalised", "Встреча в Женеве прошла спокойно.", false},
		{"Ukrainian lower case only", "переговори тривають", false},
		{"Latin with one Cyrillic name", "Talks with Сергій Коваль resumed.", false},
	}
	refNorm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	refCyr := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, want := normSpace(c.text), refNorm(c.text); got != want {
				t.Errorf("normSpace(%q) = %q, want %q", c.text, got, want)
			}
			if singleSpaced(c.text) && refNorm(c.text) != c.text {
				t.Errorf("singleSpaced(%q) but normSpace changes it", c.text)
			}
			if got, want := hasCyrillic(c.text), refCyr(c.text); got != want {
				t.Errorf("hasCyrillic(%q) = %v, want %v", c.text, got, want)
			}
			forms := translitForms(c.text)
			if !refCyr(c.text) && forms != nil {
				t.Errorf("translitForms(%q) = %q, want nil", c.text, forms)
			}
			if !c.common {
				return
			}
			if n := testing.AllocsPerRun(20, func() { _ = normSpace(c.text) }); n != 0 {
				t.Errorf("normSpace(%q) allocates %.0f times, want 0", c.text, n)
			}
			if n := testing.AllocsPerRun(20, func() { _ = translitForms(c.text) }); n != 0 {
				t.Errorf("translitForms(%q) allocates %.0f times, want 0", c.text, n)
			}
		})
	}
	// A capitalised Cyrillic word still gets its Latin spellings.
	if forms := translitForms("Talks with Сергій Коваль resumed."); !slices.Contains(forms, "koval") {
		t.Errorf("translitForms lost the Latin spelling of a Cyrillic name: %q", forms)
	}
}
