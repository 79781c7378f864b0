package corpus

import "testing"

// TestPlanPhraseWordStart checks that a version's name counts only where a
// word starts in the cased scripts ("128 points" names no 28-point plan; a
// made-up compound holding "dvacetibodov" inside it names no 20-point
// framework) while the scripts without spaces or with glued proclitics
// still find it inside a run of letters ("的28点计划", "وخطة النقاط الـ28").
func TestPlanPhraseWordStart(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"a list of 128 points of order", ""},
		{"the 28 points of the draft", "US 28-point draft"},
		{"prodvacetibodový seznam", ""},
		{"dvacetibodový rámec", "20-point framework"},
		{"美国的28点计划", "US 28-point draft"},
	} {
		if got := firstNamedVersion(c.text); got != c.want {
			t.Errorf("firstNamedVersion(%q) = %q, want %q", c.text, got, c.want)
		}
		if got, _ := planFor(c.text); got != c.want {
			t.Errorf("planFor(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if !phraseStartsWord("والخطة", len("و")) {
		t.Error("a phrase after an Arabic proclitic should count")
	}
	if phraseStartsWord("x128", 2) || phraseStartsWord("abc", 1) {
		t.Error("a phrase after a digit or a Latin letter should not count")
	}
}
