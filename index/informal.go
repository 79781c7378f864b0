package index

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Informal words and abbreviations. People ask "dunley rd branch closing
// time", "how much does a vet visit cost", "why did anti-rabies jabs go
// up", "il cda farà pagare il rincaro": words a notice writes out ("road",
// "veterinary", "vaccinations", "consiglio di amministrazione"). No line of
// the glossary holds them and the index does not, so the word vetoes the
// question (an unknown word is how the off-topic questions are kept out)
// or finds nothing. A query word the index does not hold that the table
// informalwords.txt lists is read as the words it stands for, as respell
// reads a word typed without accents; a word the index holds is left as
// typed, so a text that writes "rd" is still found by it.

//go:embed informalwords.txt
var informalData string

// informalWords maps an informal word or abbreviation, lower case, to the
// words it stands for. The file is part of the binary: a malformed or
// repeated line is a programming error, caught by TestInformalWordsData.
var informalWords = sync.OnceValue(func() map[string]string {
	m, err := parseInformal(informalData)
	if err != nil {
		panic(err)
	}
	return m
})

// parseInformal reads the informalwords.txt format.
func parseInformal(data string) (map[string]string, error) {
	m := map[string]string{}
	for i, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, "=>")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" || strings.ContainsAny(k, " \t") || k != strings.ToLower(k) {
			return nil, fmt.Errorf(`informalwords.txt line %d: want "word => words", lower case: %q`, i+1, l)
		}
		if _, dup := m[k]; dup {
			return nil, fmt.Errorf("informalwords.txt line %d: repeated word: %q", i+1, l)
		}
		m[k] = v
	}
	return m, nil
}

// respellInformal adds to fix, for each query word in need (unknown to the
// corpus) that fix leaves alone, the words the informal table gives it.
func respellInformal(qts []queryTerm, need []bool, fix map[string]string) {
	t := informalWords()
	for i, qt := range qts {
		if need[i] && fix[qt.raw] == "" {
			if w := t[qt.raw]; w != "" {
				fix[qt.raw] = w
			}
		}
	}
}
