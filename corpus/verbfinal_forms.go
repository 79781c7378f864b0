package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// verbFinalForms holds the speech verbs of a verb-final language as stems
// and endings (grammar.json verbFinalStems, verbFinalEndings): a Turkish
// press release writes "belirtmiştir", "vurgulamıştır", "ifade
// etmektedir", "teyit eder" where a wire writes "belirtti", and listing
// every tense of every verb as a phrase would never end. A stem may hold
// words before its last ("ifade et"): those must match as written, the
// last word must be the stem and one ending. A stem that ends in a vowel
// also drops it before a present "-(i)yor" ("söyle" -> "söylüyor").
var verbFinalForms = sync.OnceValue(func() (v struct {
	stems   [][]string
	stances [][]string
	endings []string
	yor     []string
}) {
	for _, s := range grammarWords["verbFinalStems"] {
		v.stems = append(v.stems, strings.Fields(lowerString(s)))
	}
	for _, s := range grammarWords["verbFinalStanceStems"] {
		v.stances = append(v.stances, strings.Fields(lowerString(s)))
	}
	v.endings = grammarWords["verbFinalEndings"]
	for _, e := range v.endings {
		if strings.HasPrefix(e[utf8RuneLen(e):], "yor") {
			v.yor = append(v.yor, e) // "iyor", "üyor", "ıyorlar": after a stem's own vowel is dropped
		}
	}
	return v
})

// utf8RuneLen is the byte length of s's first rune.
func utf8RuneLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// finalSayForm returns the index of the first word of a speech verb in
// one of its inflected forms closing toks ("… olduğunu belirtmiştir."),
// or -1. With stance it looks for the verbs of an official stance
// instead ("özel önem atfetmektedir", "memnuniyetle karşılar"), whose
// words are part of what was said.
func finalSayForm(toks []tok, stance bool) int {
	f := verbFinalForms()
	stems := f.stems
	if stance {
		stems = f.stances
	}
	for _, st := range stems {
		n := len(st)
		if n > len(toks) {
			continue
		}
		ok := true
		for i, w := range st[:n-1] {
			if lowerWord(toks[len(toks)-n+i]) != w {
				ok = false
				break
			}
		}
		if ok && inflectedFrom(lowerWord(toks[len(toks)-1]), st[n-1], f.endings, f.yor) {
			return len(toks) - n
		}
	}
	return -1
}

// inflectedFrom reports whether w is stem and one of endings, or stem
// less its final vowel and one of the present endings yor.
func inflectedFrom(w, stem string, endings, yor []string) bool {
	if rest, ok := strings.CutPrefix(w, stem); ok {
		for _, e := range endings {
			if rest == e {
				return true
			}
		}
	}
	r, size := utf8.DecodeLastRuneInString(stem)
	if !strings.ContainsRune("aeıioöuü", r) || len(stem)-size < 1 {
		return false
	}
	if rest, ok := strings.CutPrefix(w, stem[:len(stem)-size]); ok {
		for _, e := range yor {
			if rest == e {
				return true
			}
		}
	}
	return false
}
