// Determined time phrases between a speaker and the speech verb: Italian,
// Spanish, French and Portuguese put a day, a date or a part of the day
// there with its article or a demonstrative ("Trump il giorno dopo dice
// che …", "Putin el martes dijo que …", "Macron le lendemain a déclaré
// que …", "Lula nesta terça disse que …"). The article opens no gap of
// its own (gaps.go: "il" or "la" open any noun phrase), so such a phrase
// is dropped only when the word after the determiner is a time word of
// data/timegaps.json, a day name or a date, and the words before it are a
// name and its title (nameRunBefore).

package corpus

import (
	_ "embed"
	"sync"
)

//go:embed data/timegaps.json
var timeGapsJSON []byte

// timeGapWords is data/timegaps.json: the determiners and the time nouns
// of a determined time phrase, lower case.
var timeGapWords = sync.OnceValue(func() (w struct{ determiners, nouns map[string]bool }) {
	var d struct {
		Determiners []string `json:"determiners"`
		Nouns       []string `json:"nouns"`
	}
	mustDecodeJSON("data/timegaps.json", timeGapsJSON, &d)
	w.determiners, w.nouns = labelSet(d.Determiners...), labelSet(d.Nouns...)
	return w
})

// determinedTimeAt reports whether toks[g] opens a determined time phrase:
// a determiner, then a time noun, a day name or a day and month ("il |
// giorno dopo", "el | martes", "il | 21 novembre").
func determinedTimeAt(toks []tok, g int) bool {
	if g+1 >= len(toks) || toks[g].trail != "" || isCapital(toks[g].word) {
		return false
	}
	w := timeGapWords()
	if !w.determiners[lowerWord(toks[g])] {
		return false
	}
	next := lowerWord(toks[g+1])
	return w.nouns[next] || weekdays()[next] || dayMonthAt(toks, g+1)
}
