package index

import (
	"slices"
	"testing"
)

// TestScriptAnalyzers: Korean written with or without the space between
// its words shares its syllable pairs (the cjk field's Hangul bigrams),
// and a Hebrew word with its one-letter prefixes shares its term with the
// bare word (the Hebrew field), while Chinese keeps bleve's pairs and a
// Hebrew word with no room for a prefix stays whole.
func TestScriptAnalyzers(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	terms := func(analyzer, text string) []string {
		a := im.AnalyzerNamed(analyzer)
		if a == nil {
			t.Fatalf("no analyzer %s", analyzer)
		}
		var out []string
		for _, tk := range a.Analyze([]byte(text)) {
			out = append(out, string(tk.Term))
		}
		return out
	}
	for _, c := range []struct {
		lang, query, text string
		share             bool
	}{
		{"ko", "안보 보장", "안보보장을 약속했다", true},
		{"ko", "제재", "제재는 단계적으로 해제된다", true},
		{"ko", "선거", "제재는 단계적으로 해제된다", false},
		{"zh", "制裁", "对俄罗斯的制裁将分阶段解除", true},
		{"he", "סנקציות", "והסנקציות יוסרו", true},
		{"he", "בחירות", "הבחירות ייערכו", true},
		{"he", "סנקציות", "הבחירות ייערכו", false},
	} {
		q, d := terms(analyzerFor(c.lang), c.query), terms(analyzerFor(c.lang), c.text)
		all := len(q) > 0
		for _, w := range q {
			all = all && slices.Contains(d, w)
		}
		if all != c.share {
			t.Errorf("%s %q in %q: query terms %q, text terms %q; want shared %v", c.lang, c.query, c.text, q, d, c.share)
		}
	}
	if got := hebrewStem("עם"); got != "עם" {
		t.Errorf("hebrewStem(עם) = %q, want it whole", got)
	}
}
