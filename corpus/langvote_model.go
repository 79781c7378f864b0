package corpus

import (
	"sync"

	"github.com/abadojack/whatlanggo"
)

// whatlanggo has trigram models for most languages of the corpus but not
// for all: it has none for Catalan, and with its whitelist it reads a
// Catalan body as the nearest language it knows, Spanish. For such a
// language of data/languages-detect.json, listed there to be told apart
// from its neighbour, the common-word vote is the only evidence there is,
// so a clear win of the vote is trusted before the trigrams are asked.
// Languages of languages.json keep the old order: Slovak, which has no
// model either, shares its short words with Czech, whose bodies its vote
// wins.

// voteWithoutModel is the vote on s when its winner is a detect-only
// language the trigram detector has no model for and the win is clear: at
// least six common words, twice as many as the runner-up's (the close
// neighbour that shares its articles).
func voteWithoutModel(s string) (string, bool) {
	v, n, second := tallyLang(s)
	if v == "" || !detectOnlyCodes()[v] || hasTrigramModel(v) {
		return "", false
	}
	return v, n >= 6 && n >= 2*second
}

// detectOnlyCodes is the set of codes of data/languages-detect.json.
var detectOnlyCodes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range detectOnlyLanguages() {
		m[l.Code] = true
	}
	return m
})

// hasTrigramModel reports whether whatlanggo can detect the language of
// the corpus code.
func hasTrigramModel(code string) bool {
	c, ok := iso6393[code]
	return ok && whatlanggo.CodeToLang(c) >= 0
}
