// Tests of the stop 54 speed pass (xperf): each shortcut must give what the
// work it skips would have given.

package corpus

import (
	"math/rand/v2"
	"testing"
	"unicode"
)

// TestSpelledHeads checks readSpelled's three-letter test: a word that
// opens a number word passes, one that does not is turned away, in
// several languages' number words (the test's own list: non-ASCII words
// and words with a hyphen are never read by wordEnd and may be left out),
// and on random texts the test never turns away a word the map holds.
func TestSpelledHeads(t *testing.T) {
	words := map[string]int64{"a": 1, "an": 1, "six": 6, "sechs": 6, "zwei": 2, "vingt": 20, "seicento": 600, "dwieście": 200, "шесть": 6, "vingt-et-un": 21}
	lex := newSpelledLex(words, []string{"hundred"})
	for _, c := range []struct {
		low  string
		want bool
	}{
		{"a hundred days", true},
		{"an army", true},
		{"six hundred thousand", true},
		{"sechshunderttausend soldaten", true}, // "sec": the test passes, the map decides
		{"zwei millionen", true},
		{"vingt mille", true},
		{"seicento mila", true},
		{"the talks", false},
		{"said on sunday", false},
		{"as it stands", false}, // "as": two letters, no two-letter word opens so
		{"sixty", true},         // "six" opens it: the map says no
		{"dwieście tysięcy", false},
		{"шесть тысяч", false}, // not a-z: wordEnd reads no word
		{"", false},
		{"7 days", false},
	} {
		if got := lex.heads.may(c.low, 0); got != c.want {
			t.Errorf("may(%q) = %v, want %v", c.low, got, c.want)
		}
	}
	rng := rand.New(rand.NewPCG(54, 11))
	alphabet := []string{"a", "an", "and", "six", "sixty", "sechs", "zwei", "vingt", "seicento", "the", "s", "se", "sec", "z", "v", " ", "-", ",", "é", "ш", "hundred", "x", "q"}
	for range 20000 {
		low := randomText(rng, alphabet, 10)
		for i := range len(low) + 1 {
			_, inMap := lex.words[low[i:wordEnd(low, i)]]
			if inMap && wordEnd(low, i) > i && !lex.heads.may(low, i) {
				t.Fatalf("may(%q, %d) turned away %q, a number word", low, i, low[i:wordEnd(low, i)])
			}
		}
	}
}

// TestReadSpelledGate reads every word start of probe texts in several
// languages and of random texts pieced from the loaded number words, with
// the three-letter test and without it (gatesOff): the values and ends
// must agree.
func TestReadSpelledGate(t *testing.T) {
	c := planTermsData()
	texts := []string{
		"cap the army at six hundred thousand troops within a hundred days",
		"twenty-eight points, then nineteen; an army of eight hundred and fifty thousand",
		"the three hundred delegates and a thousand observers",
		"die armee auf sechshunderttausend soldaten begrenzen",
		"limiter l'armée à six cent mille soldats",
		"limitare l'esercito a seicentomila soldati",
		"ограничить армию шестьюстами тысячами",
	}
	rng := rand.New(rand.NewPCG(54, 12))
	alphabet := []string{"a ", "an ", "one ", "six ", "sixty ", "twenty-", "eight ", "hundred ", "thousand ", "million ", "and ", "the ", "th", "si", "se", "tw", "x", " ", "-", ",", "é", "7"}
	for range 3000 {
		texts = append(texts, randomText(rng, alphabet, 12))
	}
	for _, low := range texts {
		for i := range len(low) {
			v, end := c.readSpelled(low, i)
			gatesOff = true
			v0, end0 := c.readSpelled(low, i)
			gatesOff = false
			if v != v0 || end != end0 {
				t.Fatalf("readSpelled(%q, %d) = %d, %d with the test, %d, %d without", low, i, v, end, v0, end0)
			}
		}
	}
}

// scriptLangRunes is scriptLang's reading as it was before stop 54: every
// rune decoded and looked up in the script tables, with no shortcut.
func scriptLangRunes(s string) string {
	var sc scriptCount
	for _, r := range s {
		if unicode.IsLetter(r) {
			sc.letters++
			sc.add(r)
		}
	}
	return sc.lang()
}

// TestScriptLangBytes holds scriptLang's ASCII and low-letter shortcuts to
// the rune-by-rune reading: probes in several scripts (and mixed ones that
// must stay undecided), random texts pieced from letters near the scripts'
// edges, digits, punctuation and broken UTF-8, and every released test
// document.
func TestScriptLangBytes(t *testing.T) {
	if scriptLangLow < 0x0530 {
		t.Fatalf("scriptLangLow = %U: below Armenian, the shortcut skips nothing", scriptLangLow)
	}
	probes := map[string]string{
		"평화 계획에 대한 회담이 제네바에서 열렸다.":                         "ko",
		"השיחות על תוכנית השלום נערכו בז'נבה.":             "he",
		"جرت المحادثات حول خطة السلام في جنيف.":            "ar",
		"گفتگوها درباره طرح صلح در ژنو برگزار شد.":         "fa",
		"和平計画についての協議がジュネーブで行われた。":                          "ja",
		"关于和平计划的会谈在日内瓦举行。":                                 "zh",
		"The talks on the peace plan were held in Geneva.": "",
		"Переговоры о мирном плане прошли в Женеве.":       "",
		"Peace talks: 和平 in a Latin report.":               "",
	}
	for s, want := range probes {
		if got := scriptLang(s); got != want || got != scriptLangRunes(s) {
			t.Errorf("scriptLang(%q) = %q, want %q (rune by rune %q)", s, got, want, scriptLangRunes(s))
		}
	}
	rng := rand.New(rand.NewPCG(54, 13))
	alphabet := []string{"a", "Z", "1", " ", ".", "é", "ж", "Ω", "ա", "\u0590", "\u0591", "א", "ب", "پ", "ک", "가", "ㄱ", "あ", "ア", "ｱ", "漢", "⺀", "\xff", "\xd7", "\ufffd", "“"}
	for range 20000 {
		s := randomText(rng, alphabet, 16)
		if got, want := scriptLang(s), scriptLangRunes(s); got != want {
			t.Fatalf("scriptLang(%q) = %q, rune by rune %q", s, got, want)
		}
	}
	for _, doc := range releasedDocuments(t) {
		if got, want := scriptLang(doc.text), scriptLangRunes(doc.text); got != want {
			t.Errorf("%s: scriptLang = %q, rune by rune %q", doc.path, got, want)
		}
	}
}
