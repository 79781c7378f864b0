package corpus

import (
	_ "embed"
	"strconv"
	"sync"
)

//go:embed data/pointrefs.json
var pointRefsJSON []byte

// pointRefData is data/pointrefs.json: how running text names a point by
// an ordinal.
type pointRefData struct {
	Suffixes      []string `json:"ordinalSuffixes"`
	MaxDotOrdinal int      `json:"maxDotOrdinal"`
	Verbs         []string `json:"pointVerbs"`
	verbs         map[string]bool
	SpeechVerbs   []string `json:"speechPointVerbs"` // (provisions_speechpoint.go)
	speechVerbs   map[string]bool
	TextSpeakers  []string `json:"textSpeakers"` // (provisions_speechpoint.go)
	textSpeakers  map[string]bool
	Hedges        []string `json:"pointVerbHedges"` // (pointVerbAfter)
}

var ordinalSuffixData = sync.OnceValue(func() *pointRefData {
	var o pointRefData
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &o)
	o.verbs = set(o.Verbs)
	o.speechVerbs = set(o.SpeechVerbs)
	o.textSpeakers = set(o.TextSpeakers)
	return &o
})

// speechPointVerbSet is data/pointrefs.json's speechPointVerbs, as a set.
func speechPointVerbSet() map[string]bool { return ordinalSuffixData().speechVerbs }

// numericOrdinal is the number of a word that writes an ordinal in digits
// ("13th", "28-й", "24-м", "6e", "6.º", "19."), 0 for any other word.
func numericOrdinal(w string) int {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || d > 4 || d == len(w) {
		return 0
	}
	suffix := lowerString(w[d:])
	o := ordinalSuffixData()
	for _, s := range o.Suffixes {
		if suffix != s {
			continue
		}
		n, err := strconv.Atoi(w[:d])
		if err != nil || n == 0 || s == "." && n > o.MaxDotOrdinal {
			return 0
		}
		return n
	}
	return 0
}
