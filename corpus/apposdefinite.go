package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

// definitePerson reads "Kevin Doyle, the fitter, said", "Kevin Doyle, the
// club treasurer, said", "Kevin Doyle, treasurer, said", "Jean Roux, le
// trésorier, a dit": a person's name, then what the person does, with a
// definite article or none. describedPerson reads the same shape with an
// indefinite article; with a definite one only the role lexicon read the
// aside, and a post it does not hold (treasurer, fitter, plumber,
// organiser) left the sentence with no statement. The name must read as a
// person on its own; the description is at most maxDefiniteWords
// lower-case words after the article (then a place or body after a tail
// preposition) and its last word is the person: one of describedpeople's
// nouns, or with an agent ending of data/apposdefinite.json (-er, -ist,
// -eur, -ero) and no word of its not_people list. A bare noun without an
// article must be one of describedpeople's nouns, so an adverb
// ("meanwhile", "however") is never taken for a post.
func (x *extractor) definitePerson(head string, htoks, atoks []tok) *speaker {
	if x.noDefiniteAppos || len(htoks) < 2 || len(htoks) > 4 || len(atoks) == 0 || len(atoks) > maxDescribedAside || strings.Contains(head, ", ") {
		return nil
	}
	if a := atoks[0].word; a == "" || isCapital(a) {
		return nil // cheap gate: the aside opens with a lower-case word
	}
	w := apposDefiniteWords()
	lp := describedPeople()
	from := 0
	if w.articles[atoks[0].low] {
		from = 1
	}
	end := len(atoks)
	for k := from; k < len(atoks); k++ {
		if lp.tailPreps[atoks[k].low] {
			end = k // "the fitter at the depot": the place is no part of the post
			break
		}
	}
	if end == from || end-from > maxDefiniteWords || from == 0 && end != 1 {
		return nil
	}
	for k := from; k < end; k++ {
		t := atoks[k]
		if isCapital(t.word) || t.trail != "" || x.lx.sayVerbs[t.low] || x.lx.adverbs[t.low] || apposNounWords().timeNouns[lowerWord(t)] {
			return nil
		}
	}
	for _, t := range atoks {
		if containsAny(t.raw, "“”\"«»„") || x.lx.sayVerbs[t.low] {
			return nil
		}
	}
	noun := lowerWord(atoks[end-1])
	known := lp.posts[noun] || lp.persons[noun] || from == 1 && w.posts[lowerWord(atoks[1])]
	if !known && (from == 0 || w.notPeople[noun] || !hasAgentSuffix(noun, w.suffixes)) {
		return nil
	}
	for _, t := range htoks {
		if !isCapital(t.word) || t.trail != "" && t.trail != "." {
			return nil
		}
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if sp.role == "" {
		sp.role = cleanRole(tokensText(atoks[from:]))
		x.people[sp.name] = sp
	}
	return sp
}

// maxDefiniteWords is how many words a definite description may hold
// before its tail: "the club treasurer", "the deputy head teacher".
const maxDefiniteWords = 3

// hasAgentSuffix reports whether w, longer than the suffix by at least
// three letters, ends in one of suffixes.
func hasAgentSuffix(w string, suffixes []string) bool {
	for _, s := range suffixes {
		if len(w) >= len(s)+3 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

//go:embed data/apposdefinite.json
var apposDefiniteJSON []byte

// apposDefiniteWords are data/apposdefinite.json's lists.
var apposDefiniteWords = sync.OnceValue(func() (l struct {
	articles, notPeople, posts map[string]bool
	suffixes                   []string
}) {
	var d struct {
		Articles  []string `json:"articles"`
		Suffixes  []string `json:"agent_suffixes"`
		NotPeople []string `json:"not_people"`
		Posts     []string `json:"post_nouns"`
	}
	mustDecodeJSON("data/apposdefinite.json", apposDefiniteJSON, &d)
	l.articles, l.notPeople, l.posts, l.suffixes = set(d.Articles), set(d.NotPeople), set(d.Posts), d.Suffixes
	return l
})

// definitePost is the index of the first word of a post after a
// definite article or a possessive at the end of toks, the words before a
// name set off by commas, in the nouns definitePerson reads: "The
// greenkeeper, Stan Wheelwright, said", "Our fitter, Kevin Doyle, said",
// "The mat has a ripple; the greenkeeper, Stan Wheelwright, said" (a
// clause closed by a semicolon before the post is no part of it); -1
// when there is none. Only lower-case words may stand before the noun.
func (x *extractor) definitePost(toks []tok) int {
	if x.noDefiniteAppos || len(toks) < 2 {
		return -1
	}
	from := 0
	for k := len(toks) - 2; k >= 0; k-- {
		if strings.HasSuffix(toks[k].trail, ";") {
			from = k + 1
			break
		}
	}
	if n := len(toks) - from; n < 2 || n > maxDefiniteWords+1 {
		return -1
	}
	w := apposDefiniteWords()
	if o := lowerWord(toks[from]); !w.articles[o] && !describedPeople().possessives[o] && o != "our" && o != "my" {
		return -1
	}
	for _, t := range toks[from+1:] {
		if isCapital(t.word) || t.trail != "" {
			return -1
		}
	}
	if w.posts[lowerWord(toks[from+1])] {
		return from // "La responsabile advocacy, Giulia …": the post, then its field
	}
	noun := lowerWord(toks[len(toks)-1])
	if w.notPeople[noun] || x.lx.adverbs[noun] || !hasAgentSuffix(noun, w.suffixes) {
		return -1
	}
	return from
}
