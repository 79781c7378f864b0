package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhraseSetMatchesIndex checks that phraseSet answers what a
// strings.Index per phrase answers, on chosen texts and random ones.
func TestPhraseSetMatchesIndex(t *testing.T) {
	phrases := []string{"told ", "quoted by ", "interview with ", "в интервью ", "im interview mit ", "x", "to"}
	ps := newPhraseSet(phrases)
	check := func(s string) {
		t.Helper()
		low, fold := s, true
		if !isASCII(s) {
			low, fold = strings.ToLower(s), false
		}
		at := ps.firstIndexes(low, fold, nil)
		for j, p := range phrases {
			if want := strings.Index(strings.ToLower(s), p); at[j] != want && len(strings.ToLower(s)) == len(s) {
				t.Errorf("%q in %q: got %d, want %d", p, s, at[j], want)
			}
		}
	}
	for _, s := range []string{
		"", "t", "to", "He TOLD reporters he had been told so.",
		"She said in an Interview With Deutsche Welle that it was told ",
		"Он сказал В интервью РИА Новости, что …",
		"Er sagte Im Interview mit der FAZ", "foretold x",
	} {
		check(s)
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"t", "o", "l", "d", " ", "T", "x", "в", "и", "quoted by ", "told ", "I", "m"}
	for range 2000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		check(b.String())
	}
}
