package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportVerbClasses checks that the folded verb classes answer as the
// lexicon's maps do, for every word of those maps and of each language's
// readAs words, and for words of several languages in no map.
func TestReportVerbClasses(t *testing.T) {
	lx := lexiconData()
	words := []string{"", "said", "says", "told", "sagte", "erklärte", "ha detto", "afirmou", "заявил", "сказала", "table", "der", "and"}
	for _, m := range []map[string]bool{lx.sayVerbs, lx.report.characterise, lx.participles, lx.actVerbs} {
		for w := range m {
			words = append(words, w)
		}
	}
	langs := []string{"", "en", "de", "xx"}
	for lang, m := range readAsWords {
		langs = append(langs, lang)
		for w := range m {
			words = append(words, w)
		}
	}
	seen := map[uint8]bool{}
	for _, lang := range langs {
		fast := reportVerbsFor(lx, lang)
		if fast.base == nil {
			t.Fatalf("%q: the built-in lexicon has no folded classes", lang)
		}
		slow := reportVerbs{lx: lx, lang: lang}
		for _, w := range words {
			got, want := fast.classOf(w), slow.classOf(w)
			if got != want {
				t.Errorf("%s %q: classes %04b, want %04b", lang, w, got, want)
			}
			seen[want] = true
		}
	}
	if !seen[rvSay] || !seen[0] {
		t.Errorf("the cases hold no plain speech verb or no plain word: %v", seen)
	}
	if rv := reportVerbsFor(&lexicon{}, "en"); rv.base != nil {
		t.Error("a test's own lexicon must be read map by map")
	}
}

// BenchmarkReportVerbClasses compares the folded look-up with the
// lexicon's maps over the words of the English test articles.
func BenchmarkReportVerbClasses(b *testing.B) {
	files, _ := filepath.Glob("testdata/articles/*")
	var words []string
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for _, t := range tokenize(strings.ReplaceAll(string(data), "\n", " ")) {
			words = append(words, lowerWord(t))
		}
	}
	lx := lexiconData()
	for _, lang := range []string{"en", "pt"} {
		fast, slow := reportVerbsFor(lx, lang), reportVerbs{lx: lx, lang: lang}
		b.Run(lang+"/folded", func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					fast.classOf(w)
				}
			}
		})
		b.Run(lang+"/maps", func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					slow.classOf(w)
				}
			}
		})
	}
}
