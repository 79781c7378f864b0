// Versions named in passing: a paragraph often names the other version
// only to set it against the one it speaks of, after a comparison or
// contrast word ("Il juge en revanche que la contre-proposition
// européenne … est « plus réaliste »", "unlike the European text", "rather
// than the 600,000 of the US draft", "anders als im Gegenentwurf",
// "в отличие от европейского варианта"). As context for the points below,
// such a paragraph names no version: the document goes on with the one it
// was speaking of before (planAbove reads further up). The words are data:
// plans.json's passingWords.

package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// passingWords is plans.json's passingWords, lower case.
var passingWords = sync.OnceValue(func() []string {
	var f struct {
		Words []string `json:"passingWords"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestPassingVersions reads it
	for i, w := range f.Words {
		f.Words[i] = lowerString(w)
	}
	return append(f.Words, rewriteNoteData().DropWords...) // "…, dropping the U.S. demand that …" (provisions_rewritenote.go)
})

// passingOnly reports whether every version text names is named in
// passing: in each sentence that names one, a passing word stands before
// each name, after the name before it. A text naming no version is not (it is asked only of texts
// planFor named a version in).
func passingOnly(text string) bool {
	if !passingIn(text) || !passingBefore(lowerString(text)) {
		return false // (most texts: no passing word at all, no sentence split)
	}
	named := false
	for _, s := range sentences(text) {
		low := lowerString(s)
		vs := namedVersions(low)
		if len(vs) == 0 {
			continue
		}
		named = true
		from := 0 // the words since the name before: "Unlike the US draft, the European counter-proposal …" names the second plainly
		for _, v := range vs {
			if v.start < from {
				continue // another phrase inside the same name ("contre-proposition", "proposition")
			}
			if !passingBefore(low[from:v.start]) {
				return false
			}
			from = v.end
		}
	}
	return named
}

// passingIn is a cheap look for a passing word in text as written: each
// word without its first letter, whose case a sentence start changes
// ("Unlike" for "unlike"), so no lower-case copy is made.
func passingIn(text string) bool {
	return passingTailSet().in(text)
}

// passingTailSet holds each passing word without its first letter, as
// passingIn looks for them, in one lookSet: one pass over a text for all
// of them.
var passingTailSet = sync.OnceValue(func() *lookSet {
	var ws []string
	for _, w := range passingWords() {
		_, n := utf8.DecodeRuneInString(w)
		ws = append(ws, w[n:])
	}
	return newLookSet(ws)
})

// passingSet holds the passing words, for passingBefore's first look.
var passingSet = sync.OnceValue(func() *lookSet { return newLookSet(passingWords()) })

// passingBefore reports whether low (lower case, the sentence up to a
// version's name) holds a passing word as a whole word.
func passingBefore(low string) bool {
	if !passingSet().in(low) {
		return false // (most heads: no passing word at all)
	}
	for _, w := range passingWords() {
		for from := 0; ; {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			if (i == 0 || !isWordByte(low[i-1])) && (from >= len(low) || !isWordByte(low[from])) {
				return true
			}
		}
	}
	return false
}
