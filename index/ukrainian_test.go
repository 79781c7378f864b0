package index

import (
	"testing"
	"unicode/utf8"
)

// TestUkrainianForms: a Ukrainian question finds a Ukrainian report that
// uses other case or verb forms of its words, which the glossary does not
// list ("значного прогресу" for "значним прогресом", "зустрічі з
// американським військовим" for "зустріч з американськими військовими").
func TestUkrainianForms(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: uk\n---\n\nСторони завершили переговори у Стамбулі значним прогресом.\n\nМіністр оборони провів зустріч з американськими військовими.\n",
		"---\nlang: en\n---\n\nThe minister met the American military.\n",
	)
	wantFirst(t, ix, "значного прогресу", "значним прогресом")
	wantFirst(t, ix, "зустрічі з американським військовим", "американськими військовими")
	wantFirst(t, ix, "переговорах у Стамбулі", "Стамбулі")
}

func TestUkrainianStem(t *testing.T) {
	for _, forms := range [][]string{
		{"гарантії", "гарантій", "гарантіями", "гарантіях"},
		{"женева", "женеві", "женеву", "женевою"},
		{"заявив", "заявила", "заявили", "заявити"},
		{"спільне", "спільного", "спільному", "спільним"},
	} {
		for _, f := range forms[1:] {
			if a, b := ukrainianStem(forms[0]), ukrainianStem(f); a != b {
				t.Errorf("ukrainianStem(%q) = %q, ukrainianStem(%q) = %q: want one stem", forms[0], a, f, b)
			}
		}
	}
	for _, w := range []string{"telegram", "2025", "рубіо"} {
		if got := ukrainianStem(w); utf8.RuneCountInString(got) < 3 {
			t.Errorf("ukrainianStem(%q) = %q: stem too short", w, got)
		}
	}
}
