package index

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
)

// stemFamilies is testdata/stems/families.json: per language, word
// families whose forms must analyse to one term, and pairs of unrelated
// words that must not.
type stemFamilies map[string]struct {
	Families []string    `json:"families"`
	Apart    [][2]string `json:"apart"`
}

func loadStemFamilies(t *testing.T) stemFamilies {
	t.Helper()
	b, err := os.ReadFile("testdata/stems/families.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	delete(raw, "_comment")
	b, _ = json.Marshal(raw)
	var fs stemFamilies
	if err := json.Unmarshal(b, &fs); err != nil {
		t.Fatal(err)
	}
	return fs
}

// oneTerm analyses a single word with a and returns its term ("" when
// dropped).
func oneTerm(t *testing.T, a analysis.Analyzer, w string) string {
	t.Helper()
	ts := a.Analyze([]byte(w))
	if len(ts) != 1 {
		return ""
	}
	return string(ts[0].Term)
}

// TestLightStemFamilies: in Czech, Slovak, Slovene, Bulgarian, Greek,
// Lithuanian, Latvian and Estonian, the case, adjective and verb forms
// of a word analyse to one term in the language's text field (analysed
// as English before, every form was a term of its own), and chosen
// unrelated words do not meet.
func TestLightStemFamilies(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	fs := loadStemFamilies(t)
	for _, lang := range []string{"cs", "sk", "sl", "bg", "el", "lt", "lv", "et"} {
		spec, ok := fs[lang]
		if !ok || len(spec.Families) < 25 {
			t.Errorf("%s: want 25 word families at least, have %d", lang, len(spec.Families))
			continue
		}
		name := analyzerFor(lang)
		if name == en.AnalyzerName {
			t.Errorf("%s is analysed as English", lang)
			continue
		}
		a := im.AnalyzerNamed(name)
		joined := 0
		for _, fam := range spec.Families {
			forms := strings.Fields(fam)
			want := oneTerm(t, a, forms[0])
			ok := want != ""
			for _, f := range forms[1:] {
				if got := oneTerm(t, a, f); got != want {
					t.Errorf("%s: %q -> %q, %q -> %q: want one term", lang, forms[0], want, f, got)
					ok = false
				}
			}
			if ok {
				joined++
			}
		}
		for _, p := range spec.Apart {
			if x, y := oneTerm(t, a, p[0]), oneTerm(t, a, p[1]); x == y {
				t.Errorf("%s: unrelated %q and %q both -> %q", lang, p[0], p[1], x)
			}
		}
		t.Logf("%s: %d/%d families joined", lang, joined, len(spec.Families))
	}
}

// TestSerbianSharesCroatian: Serbian text in Cyrillic or Latin letters,
// and Bosnian, are analysed as Croatian, so "споразум" in a Belgrade
// report meets "sporazum" in a question or a Zagreb one.
func TestSerbianSharesCroatian(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"sr", "bs", "me"} {
		if analyzerFor(lang) != analyzerFor("hr") {
			t.Errorf("%s: analyzer %q, want Croatian's %q", lang, analyzerFor(lang), analyzerFor("hr"))
		}
	}
	a := im.AnalyzerNamed(analyzerFor("sr"))
	for _, p := range [][2]string{
		{"Мировни споразум", "mirovni sporazum"},
		{"Председник Владе", "predsednik vlade"},
		{"преговори у Женеви", "pregovori u Ženevi"},
		{"Ђурђевић, Љубљана, Њујорк, Џамбо", "đurđević ljubljana njujork džambo"},
	} {
		if x, y := termsOf(a.Analyze([]byte(p[0]))), termsOf(a.Analyze([]byte(p[1]))); strings.Join(x, " ") != strings.Join(y, " ") {
			t.Errorf("%q -> %q, %q -> %q: want the same terms", p[0], x, p[1], y)
		}
	}
	// Russian and Bulgarian words keep their letters.
	for _, w := range []string{"мы", "със"} {
		if got := serbianLatin(w); got != w {
			t.Errorf("serbianLatin(%q) = %q, want it unchanged", w, got)
		}
	}
}
