// A verb like "called" names or judges only when a complement follows
// its object ("called the plan a good basis", "chiama la leadership
// ucraina illegittima"); with an indefinite object, a name and a time, or
// an article and one noun it phones, summons or hails ("called a taxi",
// "called Zelensky on Monday", "chiama il medico"), and the act reader
// gave those to the subject as speech. The words are data/callverbs.json.

package corpus

import (
	_ "embed"
	"sync"
)

//go:embed data/callverbs.json
var callVerbsJSON []byte

// callLex is data/callverbs.json.
type callLex struct {
	verbs, acts, articles, definite, after, none map[string]bool
}

// callWords loads data/callverbs.json once.
var callWords = sync.OnceValue(func() callLex {
	var d struct {
		Verbs    []string `json:"verbs"`
		Acts     []string `json:"actVerbs"`
		Articles []string `json:"articles"`
		Definite []string `json:"definiteArticles"`
		After    []string `json:"after"`
		None     []string `json:"none"`
	}
	mustDecodeJSON("data/callverbs.json", callVerbsJSON, &d)
	return callLex{verbs: set(d.Verbs), acts: set(d.Acts), articles: set(d.Articles), definite: set(d.Definite), after: set(d.After), none: set(d.None)}
})

// addCallVerbs joins the call verbs read as acts only with a complement
// ("chiama") to the lexicon's act verbs.
func addCallVerbs(act map[string]bool) {
	for w := range callWords().acts {
		act[w] = true
	}
}

// callWithoutComplement reports whether the call verb at vi has no
// complement after its object in its clause, so it is no speech: nothing
// follows, an indefinite article opens the object ("called a taxi"), a
// name is followed by the end or by a time, place or purpose ("called
// Zelensky on Monday"), or a definite article and one word end the
// clause ("chiama il medico"), or a negative determiner opens a short
// object ("nannte keine Zahlen").
func (x *extractor) callWithoutComplement(toks []tok, vi int) bool {
	c := callWords()
	if !c.verbs[toks[vi].low] || toks[vi].trail != "" {
		return false
	}
	end := vi + 1
	for end < len(toks) && toks[end-1].trail == "" {
		end++
	}
	rest := toks[vi+1 : end]
	for len(rest) > 1 && x.lx.adverbs[rest[0].low] {
		rest = rest[1:] // "nannte aber keine Zahlen"
	}
	if len(rest) == 0 {
		return true
	}
	if c.none[rest[0].low] && len(rest) <= 3 {
		return true // "nannte keine Zahlen": no figures given, nothing called anything
	}
	if c.articles[rest[0].low] && (len(rest) < 2 || !isCapital(rest[1].word)) {
		return true // "called a taxi" (not "calls a Ukraine …": "a" is also a preposition)
	}
	n := 0
	for n < len(rest) && n < 3 && isCapital(rest[n].word) {
		n++ // only the clause's last token has a trail
	}
	if n > 0 && (n == len(rest) || c.after[rest[n].low]) {
		return true // "called Zelensky on Monday", "ha chiamato Macron"
	}
	return len(rest) == 2 && c.definite[rest[0].low] && !isCapital(rest[1].word) // "chiama il medico"
}
