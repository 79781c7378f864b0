package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pointWordsRef is pointWordsIn as it was written before the one-pass
// scan: a strings.Index per entry of pointMids. The scan must answer
// exactly as it does.
func pointWordsRef(lx *lexicon, s string) []wordAt {
	var out []wordAt
	for _, m := range lx.pointMids {
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], m)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(m)
			ws := at - 1
			if ws > 0 && s[ws]&0xC0 == 0x80 {
				ws--
			}
			if ws < 0 || ws > 0 && !wordStartAfter(s[:ws]) {
				continue
			}
			we := at
			for we < len(s) && s[we] != ' ' && s[we] != ',' && s[we] != '.' && s[we] != ':' && s[we] != ';' && s[we] != '\n' {
				we++
			}
			if w := s[ws:we]; len(w) >= 3 && pointRefSet().has(w) {
				out = append(out, wordAt{w, ws, we})
			}
		}
	}
	slices.SortFunc(out, func(a, b wordAt) int { return a.start - b.start })
	return slices.CompactFunc(out, func(a, b wordAt) bool { return a.start == b.start })
}

// TestPointWordsScan checks that the one-pass scan finds the point words
// the per-entry search finds, in sentences of several languages written
// for it (point words at the start, after quotes and hyphens, inside
// other words, twice in a row) and in the English test articles.
func TestPointWordsScan(t *testing.T) {
	texts := []string{
		"",
		"p",
		"Point 4 and point 5 of the draft were merged; the points were appointed.",
		"Der Punkt 7 und die Punkte 8 bis 10 des 28-Punkte-Plans bleiben offen.",
		"Il punto 12 (punti 13 e 14) resta «punto» di discussione.",
		"В пункте 3 и пунктах 4–6 говорится о гарантиях; подпункт не в счёт.",
		"У пункті 9 йдеться про обмін полоненими.",
		"Le point 20, « point » clé, disparaît du texte.",
		"W punkcie 5 i punktach 6-7 mowa o sankcjach.",
		"pointpoint point,point.point:point;point\npoint",
	}
	files, _ := filepath.Glob("testdata/articles/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	lx := lexiconData()
	ps := pointMidScanFor(lx)
	if ps == nil {
		t.Fatal("no scan for the built-in lexicon")
	}
	found := 0
	for _, s := range texts {
		got, want := ps.wordsIn(s), pointWordsRef(lx, s)
		if !slices.Equal(got, want) {
			t.Errorf("%q: scan %v, want %v", s, got, want)
		}
		if !slices.Equal(lx.pointWordsIn(s), want) {
			t.Errorf("%q: pointWordsIn differs from the reference", s)
		}
		found += len(want)
	}
	if found < 10 {
		t.Errorf("only %d point words found: the cases test nothing", found)
	}
	if pointMidScanFor(&lexicon{}) != nil {
		t.Error("a test's own lexicon must be read the old way")
	}
}

// BenchmarkPointWordsIn compares the one-pass scan with the per-entry
// search over the English test articles.
func BenchmarkPointWordsIn(b *testing.B) {
	files, _ := filepath.Glob("testdata/articles/*")
	var texts []string
	for _, f := range files {
		data, _ := os.ReadFile(f)
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	lx := lexiconData()
	b.Run("scan", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				lx.pointWordsIn(s)
			}
		}
	})
	b.Run("perEntry", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				pointWordsRef(lx, s)
			}
		}
	})
}
