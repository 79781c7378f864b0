// Back-references by an ordinary noun: a club chronicle or a section
// newsletter introduces a person once by name and then quotes them by what
// they are: "kpt. Serhij Bondarenko … Kapitan dodał, że …", "Gość
// wyjaśnił, że …" (ZV zv12), "Ospite Oksana Vernyhora, alpinista …
// L'alpinista ha poi detto che …" (zv08). The nouns are no titles of
// roles.json, so the title readers (byRole, bareTitle) never see them and
// the words were lost. A book's author ("The author notes that …", ZU
// zu03; "La autora sostiene que …", ZQ zq09) is left out: the writers name
// the noun in one set and the book's author in the other.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/backrefnouns.json
var backRefNounsJSON []byte

// backRefNouns is data/backrefnouns.json's nouns.
var backRefNouns = sync.OnceValue(func() map[string]bool {
	var d struct {
		Nouns []string `json:"nouns"`
	}
	mustDecodeJSON("data/backrefnouns.json", backRefNounsJSON, &d)
	return set(d.Nouns)
})

// nounBackRef emits a sentence that opens with a back-reference noun, a
// definite article or none before it, and goes on to a speech verb, an
// auxiliary and one adverb allowed between ("L'alpinista ha poi detto").
// The document must have named someone before, whom the noun can point
// back to. The speaker is the one person named before whose role or
// name holds the noun ("Der Kapitän" after "Kapitän Jan Roth"); else the noun as
// written, a role-only speaker as the writers mark it ("kapitan",
// "l'alpinista"): which named person it is the text leaves
// to the reader.
func (x *extractor) nounBackRef(s string, toks []tok, pos int) bool {
	if len(toks) < 4 || len(x.people) == 0 {
		return false
	}
	k, l := 0, lowerWord(toks[0])
	if n, ok := cutElidedArticle(toks[0].word); ok {
		l = lowerString(n) // "L'alpinista"
	} else if definiteSingular[l] && toks[0].trail == "" {
		k, l = 1, lowerWord(toks[1])
	}
	if !backRefNouns()[l] || toks[k].trail != "" {
		return false // "Kapitan, który …": a clause, not the verb
	}
	v := k + 1
	if v < len(toks) && x.lx.auxiliaries[toks[v].low] && toks[v].trail == "" {
		v++
	}
	if v < len(toks) && x.lx.adverbs[toks[v].low] && toks[v].trail == "" {
		v++
	}
	if v >= len(toks) || !x.sayVerbAt(s, toks, v) {
		return false
	}
	text, direct := x.content(s, toks, v, false)
	if text == "" {
		return false
	}
	if !x.noNounIntro && x.relaysNamed(text) {
		return false // "Гостя нагадала, що … Володимир Зеленський сказав, що …": the relayed words are the named person's, left to the chain readers
	}
	sp := x.nounHolder(l)
	if sp == nil {
		sp = x.nounIntroducer(l, s, pos)
	}
	if sp == nil {
		sp = x.titleSpeaker(strings.Fields(s[toks[0].start : toks[k].start+len(toks[k].word)]))
	}
	if sp == nil {
		return false
	}
	x.emit(sp, text, direct, pos)
	return true
}

// nounHolder is the one person named so far whose role or name holds the
// noun l ("Captain John Miller"), nil when none or more than one does.
func (x *extractor) nounHolder(l string) *speaker {
	var found *speaker
	for _, sp := range x.people {
		if sp.kind != kindPerson || strings.EqualFold(sp.name, sp.role) || !roleHoldsWord(sp.role, l) && !roleHoldsWord(sp.name, l) {
			continue
		}
		if found != nil && found != sp {
			return nil
		}
		found = sp
	}
	return found
}
