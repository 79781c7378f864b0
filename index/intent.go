package index

import (
	"context"
	"strings"
	"sync"

	"planbot/corpus"
)

// How people ask is not what the texts say. "what did savchuk say",
// "was hat Merz gesagt", "що сказала Дячук", "marchetti interview": the
// frame around the name ("say", "gesagt", "сказала", "interview") is
// rarely in the text that answers, so the relevance rule (relevantHit)
// does not count such a word against a hit that lacks it; a hit that has
// it still counts it. And a person's name is as much a word of the domain
// as "sanctions": a query word that is a word of a known speaker's name
// lets a hit through that matches half the query, as a glossary word
// does, while "weather in paris" still answers nothing.

// termClass says what a query word is for the relevance rule.
type termClass uint8

const (
	// classDomain: a glossary term, a topic keyword or a speaker's name.
	classDomain termClass = 1 << iota
	// classFrame: a word of how questions are asked, not of what about.
	classFrame
)

// frameWords are the words of asking about statements, in the languages
// the glossary covers, lower case as typed (inflected forms listed).
var frameWords = wordSet(`
say says said saying tell told think thinks thought comment comments commented
statement statements remark remarks interview interviews quote quotes quoted
position view views opinion react reacted reaction respond responded response
claim claims claimed stance mean meant about on regarding
sagen sagt sagte gesagt äußert äußerte geäußert meinung interview zitat über zu
dire dice detto ha dichiarato dichiarazione intervista opinione su
dit déclaré déclaration entretien interview avis sur
decir dice dijo declaró declaración entrevista opinión sobre
powiedział powiedziała mówi mówił mówiła wywiad zdanie opinia o
сказал сказала сказали говорит говорил говорила заявил заявила заявление интервью мнение о об про что
сказав сказала сказали каже казав заявив заявила заява інтерв'ю інтервю думка про що
`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// classify returns each query word's class.
func (ix *Index) classify(ctx context.Context, qts []queryTerm) []termClass {
	out := make([]termClass, len(qts))
	domain := ix.exp.domainOf(qts)
	names := ix.nameWords(ctx)
	for i, qt := range qts {
		if domain[i] || names[qt.raw] {
			out[i] |= classDomain
		}
		if frameWords[qt.raw] {
			out[i] |= classFrame
		}
	}
	return out
}

// nameCache keeps the words of the speakers' names between writes to the
// index, like facetCache does for Suggest.
type nameCache struct {
	mu    sync.Mutex
	gen   uint64
	read  bool
	words map[string]bool
}

// nameWords returns the lower-case words (three letters or more) of every
// speaker's name in the index, read once per index generation. A failed
// read gives no names: the rule then falls back to the glossary alone.
func (ix *Index) nameWords(ctx context.Context) map[string]bool {
	g := ix.facets.gen.Load()
	c := &ix.names
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.read && c.gen == g {
		return c.words
	}
	if ctx.Err() != nil {
		return nil
	}
	terms, err := ix.readFacet(corpus.FacetSpeaker, facetFields[corpus.FacetSpeaker])
	if err != nil {
		return nil
	}
	words := map[string]bool{}
	for _, t := range terms {
		for _, w := range t.words {
			if len(w) >= 3 {
				words[string(w)] = true
			}
		}
	}
	c.gen, c.read, c.words = g, true, words
	return words
}

// withoutFrames drops the frame words (classFrame) from a fuzzy search's
// query words, which must all match: "what did kalas say" looks for
// "kalas" one typo away, not also for "say". Words are kept when all of
// them are frame words.
func (ix *Index) withoutFrames(ctx context.Context, qts []queryTerm, known []bool, swaps []map[string][]string) ([]queryTerm, []bool, []map[string][]string) {
	cls := ix.classify(ctx, qts)
	keep := 0
	for _, c := range cls {
		if c&classFrame == 0 {
			keep++
		}
	}
	if keep == 0 || keep == len(qts) {
		return qts, known, swaps
	}
	var q2 []queryTerm
	var k2 []bool
	var s2 []map[string][]string
	for i, c := range cls {
		if c&classFrame != 0 {
			continue
		}
		q2 = append(q2, qts[i])
		if i < len(known) {
			k2 = append(k2, known[i])
		}
		if i < len(swaps) {
			s2 = append(s2, swaps[i])
		}
	}
	return q2, k2, s2
}
