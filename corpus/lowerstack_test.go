package corpus

import (
	"strings"
	"testing"
)

// TestOutletNamedAnyCase checks outletNamed's lookup of a lower-cased
// name, with and without a leading article, in two scripts.
func TestOutletNamedAnyCase(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"The Washington Post", "The Washington Post"},
		{"  THE WASHINGTON POST  ", "The Washington Post"},
		{"the washington post", "The Washington Post"},
		{"ТАСС", "TASS"},
		{"Тасс", "TASS"},
		{"The Daily Nowhere", ""},
		{"", ""},
	} {
		if got := outletNamed(c.name); got != c.want {
			t.Errorf("outletNamed(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestNavigationLinePhotoMark checks that a caption's photo mark is found
// in any case and script, before trailing punctuation.
func TestNavigationLinePhotoMark(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Delegates arrive in Geneva (FILE PHOTO).", true},
		{"Делегации в Женеве. Архивное фото", true},
		{"ДЕЛЕГАЦИИ В ЖЕНЕВЕ. АРХИВНОЕ ФОТО", true},
		{"The file photo was not used in the talks", false},
		{"Zdjęcie archiwalne", true},
		{strings.Repeat("word ", 70) + "file photo", false}, // too long to be a caption
	} {
		if got := navigationLine(c.line); got != c.want {
			t.Errorf("navigationLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestNextWordRuns checks the words nextWord reads through joiners,
// multi-byte letters and general punctuation.
func TestNextWordRuns(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"non-aggression pact, 880,000 troops; 1.5 km", []string{"non-aggression", "pact", "880,000", "troops", "1.5", "km"}},
		{"«Мирный план» — 28 пунктов…", []string{"Мирный", "план", "28", "пунктов"}},
		{"Zełenski’s “plan” -- $100bn", []string{"Zełenski", "s", "plan", "$100bn"}},
		{"end-", []string{"end"}},
	} {
		if got := wordsOf(c.s); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wordsOf(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
