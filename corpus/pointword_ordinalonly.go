package corpus

import "sync"

// A point word that is one only after an ordinal: the Swedish definite
// "punkten" ("den femte punkten", "I den artonde punkten förbinder sig
// Ukraina …") is also German's dative plural ("bei den Punkten 6 und 21",
// "mit den Punkten 1 bis 10"), which names points by their numbers after
// it and is read by the plural rules. pointrefs.json's ordinalPointWords
// are such words: the point-word scan (appendPointWord) takes one only
// when an ordinal, in letters or digits ("tjugofjärde", "24:e"), stands
// right before it.

// ordinalPointWordSet is pointrefs.json's ordinalPointWords, lower-cased.
var ordinalPointWordSet = sync.OnceValue(func() map[string]bool {
	var d struct {
		Words []string `json:"ordinalPointWords"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return set(d.Words)
})

// ordinalPointWord reports whether w, which starts at ws in s, is one of
// the ordinalPointWords with an ordinal right before it.
func ordinalPointWord(s string, ws int, w string) bool {
	if !lowerIn(ordinalPointWordSet(), w) || ws < 2 || s[ws-1] != ' ' {
		return false
	}
	b := wordBefore(s, ws)
	return lowerIn(lexiconData().ordinals, b) > 0 || numericOrdinal(b) > 0
}
