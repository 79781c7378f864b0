// Commitment verbs keep their verb: "Macron promised “robust” security
// guarantees", "Merz versprach weitere Hilfe", "Starmer pledged more
// instructors". What such a verb takes is what was promised, not words
// the speaker said, and a reader quotes the promise with its verb, as
// readers quote "warned of …" (topicAfterSay, predicate.go). The verbs
// are verbs.json's commitVerbs; a verb of them reads so only where the
// lexicon has it as a say verb, and never before a that-word ("promised
// that …" keeps its reported clause alone).

package corpus

import (
	"strings"
	"sync"
)

// commitVerbSet is verbs.json's commitVerbs, read once.
var commitVerbSet = sync.OnceValue(func() map[string]bool {
	var v struct {
		Commit []string `json:"commitVerbs"`
	}
	mustDecode("data/verbs.json", &v)
	return set(v.Commit)
})

// commitAfterSay reports whether the say verb at vi is a commitment verb
// that took the words right after it, with no that-word between: the
// statement then keeps the verb ("promised “robust” guarantees").
func (x *extractor) commitAfterSay(s string, toks []tok, vi int, text string) bool {
	if vi+1 >= len(toks) || toks[vi].trail != "" || text == "" || !commitVerbSet()[lowerWord(toks[vi])] {
		return false
	}
	if x.lx.thatWords[lowerWord(toks[vi+1])] {
		return false
	}
	return strings.Contains(s[toks[vi+1].start:], text)
}
