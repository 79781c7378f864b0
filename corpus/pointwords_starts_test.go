package corpus

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPointWordsAtStarts checks that reading only the word starts finds
// exactly the point words the every-pair scan and the per-entry search
// find: invented sentences in eight languages, with point words that count
// (at a text's start, after quotes, brackets, asterisks, newlines) and
// ones that must not (inside words, after hyphens, digits or slashes), the
// English test articles, and random texts pieced together from the point
// words, their letters, the runes that open a word and broken UTF-8.
func TestPointWordsAtStarts(t *testing.T) {
	lx := lexiconData()
	ps := pointMidScanFor(lx)
	if ps == nil || !ps.byStarts {
		t.Fatal("the built-in lexicon's point words should be read at word starts")
	}
	probes := []struct {
		text string
		want int // point words found (the lexicon lists the singular forms)
	}{
		{"Point 4 of the draft and points 5-6 were dropped.", 1},                   // en
		{"The appointed envoy was disappointed by the 28-point text.", 0},          // en: inside words, after a hyphen
		{"Der Punkt 7 und die Punkte 8 bis 10 bleiben offen.", 1},                  // de
		{"Die Punktlandung des 28-Punkte-Plans blieb aus.", 0},                     // de: a compound, after a hyphen
		{"Le point 20, « point » clé, disparaît; les points 3 et 4 restent.", 2},   // fr
		{"Un contrepoint au plan, rien de plus.", 0},                               // fr: inside a word
		{"Il punto 12 (punti 13 e 14) resta «punto» di discussione.", 1},           // it
		{"El punto 9 y los puntos 10 y 11 siguen abiertos.", 1},                    // es
		{"Un contrapunto: nada más.", 0},                                           // es: inside a word
		{"В пункте 3 и пунктах 4–6 говорится о гарантиях; подпункт не в счёт.", 1}, // ru: not "подпункт"
		{"У пункті 9 йдеться про обмін полоненими.", 1},                            // uk
		{"W punkcie 5 i punktach 6-7 mowa o sankcjach.", 1},                        // pl
		{"*Point 2*\npoint 3 „Punkt 4“ 'point 5' \"point 6\"", 5},                  // after each rune that opens a word
		{"x/point 2, 3point, _point, [point 4]", 0},                                // after other punctuation
		{"", 0},
		{"p", 0},
		{" point", 1},
	}
	for _, p := range probes {
		got, want := ps.wordsAtStarts(p.text), pointWordsRef(lx, p.text)
		if !slices.Equal(got, want) || !slices.Equal(ps.wordsInPairs(p.text), want) {
			t.Errorf("%q: at starts %v, every pair %v, want %v", p.text, got, ps.wordsInPairs(p.text), want)
		}
		if len(want) != p.want {
			t.Errorf("%q: %d point words %v, the probe expects %d", p.text, len(want), want, p.want)
		}
	}
	var texts []string
	files, _ := filepath.Glob("testdata/articles/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	// random texts: point words whole and cut, their mids, letters, the
	// runes after which words start, word ends, and bytes no UTF-8 holds
	var parts []string
	for w := range lx.pointRefs {
		parts = append(parts, w, strings.ToUpper(w[:1])+w[1:], w[:len(w)/2])
	}
	slices.Sort(parts) // the map's order differs from run to run
	parts = append(parts, lx.pointMids...)
	parts = append(parts, " ", " ", "\n", "(", "\"", "'", "*", "„", "“", "«", "»", "-", ",", ".", ";", ":", "/",
		"a", "p", "o", "п", "П", "5", "\x80", "\x9e", "\xe2\x80", "\xc2", "é", "ø", "\xff")
	rng := rand.New(rand.NewSource(51))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.Intn(12) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		got, want := ps.wordsAtStarts(s), pointWordsRef(lx, s)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: at starts %v, want %v", s, got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Errorf("only %d point words in the texts: they test little", found)
	}
}

// TestStartsSafe checks which entry lists allow reading at word starts
// only, and that startAfter answers as wordStartAfter.
func TestStartsSafe(t *testing.T) {
	for _, c := range []struct {
		mids []string
		safe bool
	}{
		{[]string{"oint", "unkt", "ункт", "unto"}, true},
		{nil, true},
		{[]string{"oint", "o"}, false},        // one byte: no pair
		{[]string{"oo"}, false},               // overlaps itself one byte on
		{[]string{"aba"}, false},              // two bytes on
		{[]string{"abca"}, true},              // three bytes on: two starts are never so close
		{[]string{"in t"}, false},             // reaches over a word start
		{[]string{"in«"}, false},              // the same with a rune that opens a word
		{[]string{"in,"}, false},              // a word's end inside
		{[]string{"\x80unkt"}, false},         // not UTF-8: a match inside a rune
		{[]string{"unkt", "\xe2\x80"}, false}, // nor a cut rune
	} {
		if got := startsSafe(c.mids); got != c.safe {
			t.Errorf("startsSafe(%q) = %v, want %v", c.mids, got, c.safe)
		}
	}
	for _, s := range []string{"a ", "a\n", "(", "\"", "'", "*", "„", "“", "«", "»", "”", "\xe2\x80", "\x9e", "x\x80\x9e", "\xc2", "\xab", "é«", "—", "a"} {
		if !wordStartEnd[s[len(s)-1]] {
			if wordStartAfter(s) {
				t.Errorf("%q: wordStartAfter true, wordStartEnd false", s)
			}
			continue
		}
		if got := startAfter(s, len(s)); got != wordStartAfter(s) {
			t.Errorf("startAfter(%q) = %v, wordStartAfter %v", s, got, wordStartAfter(s))
		}
	}
}
