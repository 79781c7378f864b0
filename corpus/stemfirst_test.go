package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// stemInEveryStart is stemIn before the first-byte gate: stemAt at every
// word start, every character decoded.
func stemInEveryStart(low string, stems []string) bool {
	prevLetter := false
	for i := 0; i < len(low); {
		r, n := utf8.DecodeRuneInString(low[i:])
		letter := unicode.IsLetter(r)
		if letter && !prevLetter {
			if _, ok := stemAt(low, i, stems); ok {
				return true
			}
		}
		prevLetter = letter
		i += n
	}
	return false
}

// TestStemInAsEveryStart checks the gated scan against asking every word
// start, for stem lists of several scripts (whole-word marks, an empty
// stem, a stem opening with the mark) over random texts.
func TestStemInAsEveryStart(t *testing.T) {
	lists := [][]string{
		{"plan", "entwurf=", "проект", "návrh"},
		{"dokument", "документ="},
		{"", "x"},
		{"=odd", "plan"},
		planTermsData().planStems,
		planTermsData().dropStems,
		planTermsData().opinion,
		nil,
	}
	words := []string{"plan", "planen", "entwurf", "entwurfs", "проект", "проекта", "návrh", "x", "odd", "dokument", "документы", "the", "und", "2025", "«", "—", "ĳ", "a1plan", "-plan"}
	r := rand.New(rand.NewPCG(28, 5))
	for range 3000 {
		var ws []string
		for range r.IntN(8) {
			ws = append(ws, words[r.IntN(len(words))])
		}
		sep := []string{" ", "", ", ", "-"}[r.IntN(4)]
		low := strings.Join(ws, sep)
		for _, stems := range lists {
			if got, want := stemIn(low, stems), stemInEveryStart(low, stems); got != want {
				t.Fatalf("stemIn(%q, %q) = %v, want %v", low, stems, got, want)
			}
		}
	}
}
