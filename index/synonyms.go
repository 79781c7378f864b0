package index

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"

	"planbot/corpus"
)

// synonymFiles hold the domain vocabulary: synonyms.txt (see the comment
// at its top) and the files of its format continuing it in more languages
// (synonyms-more-languages.txt), kept apart so that helpers adding
// languages do not edit the same lines.
//
//go:embed synonyms.txt synonyms-*.txt
var synonymFiles embed.FS

// synonymData is every file of synonymFiles in name order, one after the
// other.
var synonymData = joinEmbedded(synonymFiles, "synonyms*.txt")

// synonymGroup is one line of synonyms.txt: every term of from finds every
// term of to; two-way lines have from == to.
type synonymGroup struct {
	from, to []string
	twoWay   bool
	// general marks a group of translations.txt: it expands queries but
	// its terms are not domain words (see glossaries.go).
	general bool
}

// parseSynonyms reads the synonyms.txt format.
func parseSynonyms(data []byte) ([]synonymGroup, error) {
	var groups []synonymGroup
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		split := func(s string) []string {
			var out []string
			for _, t := range strings.Split(s, "/") {
				if t = strings.TrimSpace(t); t != "" {
					out = append(out, t)
				}
			}
			return out
		}
		g := synonymGroup{}
		if l, r, ok := strings.Cut(line, "=>"); ok {
			g.from, g.to = split(l), split(r)
		} else {
			g.from = split(line)
			g.to = g.from
			g.twoWay = true
		}
		if len(g.from) == 0 || len(g.to) == 0 || (g.twoWay && len(g.from) < 2) {
			return nil, fmt.Errorf("synonyms line %d: need at least two terms: %q", i+1, line)
		}
		groups = append(groups, g)
	}
	return groups, nil
}

// synonymDefinitions turns the groups into bleve synonym definitions. bleve
// ignores terms that analyse to more than one token; the phrase expander
// covers those.
func synonymDefinitions(groups []synonymGroup) []*bleve.SynonymDefinition {
	defs := make([]*bleve.SynonymDefinition, 0, len(groups))
	for _, g := range groups {
		d := &bleve.SynonymDefinition{Synonyms: g.to}
		if !g.twoWay {
			d.Input = g.from
		}
		defs = append(defs, d)
	}
	return defs
}

// phraseRule says: when a query contains the term sequence from, also look
// for the phrase to (as the user might have typed it).
type phraseRule struct {
	from    []string // analysed terms
	to      string   // original text
	toTerms []string // to's analysed terms (the field's analyzer is the rule's)
}

// expander is the data-driven step for what a bleve thesaurus cannot hold: a
// multi-word term against a single word or another phrase ("prisoners of
// war" vs "POWs"). It also knows every synonym pair, per analyzer, for the
// "nothing relevant" rule.
//
// What the glossary analyses to is built per analyzer on first use (lang),
// not for all of them up front: an index holds records in a few of the
// languages the mapping knows, and analysing the whole glossary with every
// language's analyzer was most of the cost of opening an index (about
// 100 ms of CPU and 20 MB kept). Each analyzer's part depends on nothing
// but the glossary and that analyzer, so building it later gives exactly
// what building it first did.
type expander struct {
	// langs builds and then holds each analyzer's part, once.
	langs map[string]func() *langExpansion
	// topics maps an English term of a topic's label or keywords to the
	// topic IDs, so that a query word retrieves what the taxonomy tagged.
	topics map[string][]string
}

// langExpansion is what the glossary and the topic keywords analyse to
// with one analyzer.
type langExpansion struct {
	phrases []phraseRule
	// phraseFirst indexes phrases by their first term: term -> indices
	// into phrases, ascending. A query looks up its own words instead of
	// trying every rule.
	phraseFirst map[string][]int
	synonyms    map[string][]string // analysed term -> analysed synonyms (single tokens)
	// thesaurusOwn holds the thesaurus lists (see thesaurus) that differ
	// from the term's synonyms, nil for a term with synonyms but no
	// one-token one. Most terms' lists are the same, and a second map of
	// every term cost each fresh process's open about a fifth of reading
	// the part (its map inserts and memory) once the stop-37 supplements
	// doubled the terms.
	thesaurusOwn map[string][]string
	// domain holds the analysed words of the glossary and the topic
	// keywords (see relevantFor).
	domain map[string]bool
}

// thesaurus returns the part of t's synonyms bleve's synonym source holds
// (one token for one token): what a match query expands t to, and so what
// snippets mark. It is t's synonyms unless thesaurusOwn says otherwise.
func (le *langExpansion) thesaurus(t string) []string {
	if own, ok := le.thesaurusOwn[t]; ok {
		return own
	}
	return le.synonyms[t]
}

// noExpansion is the part of an analyzer the expander does not know: none.
var noExpansion = &langExpansion{}

// newExpander prepares the glossary's expansion for every language
// analyzer of im; each is built on its first use (see lang), from the
// cache when it holds the part for version (the mapping's, which hashes
// the glossary's sources), else from groups, which are then parsed.
func newExpander(im *mapping.IndexMappingImpl, version string, groups func() []synonymGroup) (*expander, error) {
	e := &expander{langs: map[string]func() *langExpansion{}, topics: map[string][]string{}}
	if en := im.AnalyzerNamed(analyzerFor(defaultLang)); en != nil {
		for _, t := range corpus.Topics() {
			for _, term := range terms(en, topicWords([]string{t.ID})) {
				if !slices.Contains(e.topics[term], t.ID) {
					e.topics[term] = append(e.topics[term], t.ID)
				}
			}
		}
	}
	dt := sync.OnceValue(func() []string { return domainTerms(groups()) })
	for _, a := range analyzers() {
		an := im.AnalyzerNamed(a)
		if an == nil {
			return nil, fmt.Errorf("no analyzer %q", a)
		}
		e.langs[a] = sync.OnceValue(func() *langExpansion {
			build := func() *langExpansion { return expandWith(an, groups(), dt()) }
			dir := expansionCacheFor()
			if dir == "" {
				return build()
			}
			return cachedExpandWith(dir, a, build, expansionKey(a, version))
		})
	}
	return e, nil
}

// lang returns analyzer a's part of the expansion, building it on the
// first call; concurrent first calls wait for one build.
func (e *expander) lang(a string) *langExpansion {
	if f, ok := e.langs[a]; ok {
		return f()
	}
	return noExpansion
}

// warm builds the parts of the analyzers als now, so that the first query
// does not wait for them.
func (e *expander) warm(als []string) {
	for _, a := range als {
		e.lang(a)
	}
}

// expandWith analyses the glossary groups and the domain terms dt with an.
func expandWith(an analysis.Analyzer, groups []synonymGroup, dt []string) *langExpansion {
	// Each term is analysed once: the glossary has hundreds, and the
	// pairs below would analyse each again per pair.
	memo := map[string][]string{}
	termsOf := func(s string) []string {
		if ts, ok := memo[s]; ok {
			return ts
		}
		ts := terms(an, s)
		memo[s] = ts
		return ts
	}
	le := &langExpansion{synonyms: map[string][]string{}, thesaurusOwn: map[string][]string{}, domain: map[string]bool{}}
	thesaurus := map[string][]string{}
	for _, d := range dt {
		for _, t := range termsOf(d) {
			le.domain[t] = true
		}
	}
	for _, g := range groups {
		for _, f := range g.from {
			ft := termsOf(f)
			if len(ft) == 0 {
				continue
			}
			for _, t := range g.to {
				if t == f {
					continue
				}
				tt := termsOf(t)
				if len(tt) == 0 {
					continue
				}
				if slices.Equal(ft, tt) {
					continue // "security guarantee(s)": same terms
				}
				if len(ft) == 1 && len(tt) == 1 {
					le.synonyms[ft[0]] = append(le.synonyms[ft[0]], tt[0])
					thesaurus[ft[0]] = append(thesaurus[ft[0]], tt[0])
					continue
				}
				le.phrases = append(le.phrases, phraseRule{from: ft, to: t, toTerms: tt})
				// For the relevance rule a phrase counts as known when
				// its first term's synonyms are; record its terms too.
				if len(tt) > 1 && len(ft) == 1 {
					le.synonyms[ft[0]] = append(le.synonyms[ft[0]], tt...)
				}
			}
		}
	}
	// A pair reached through several groups (a name's spellings in the
	// glossary and the speaker lexicon, a word on two translation lines) is
	// kept once: each copy was looked up and marked again on every query.
	for t, ss := range le.synonyms {
		le.synonyms[t] = uniqueInOrder(ss)
	}
	for t, ss := range le.synonyms {
		le.synonyms[t] = slices.Clip(ss)
	}
	// Most terms have no phrase: their synonyms and their thesaurus are
	// the same list, which thesaurusOwn does not repeat.
	for t := range le.synonyms {
		ss := uniqueInOrder(thesaurus[t])
		if !slices.Equal(le.synonyms[t], ss) {
			le.thesaurusOwn[t] = slices.Clip(ss)
		}
	}
	// The rules, kept for the process's life, take exactly their room,
	// not what appending one at a time left (up to twice it).
	le.phrases = slices.Clone(le.phrases)
	le.phraseFirst = phraseIndex(le.phrases)
	return le
}

// phraseIndex indexes phrase rules by their first term (see
// langExpansion.phraseFirst).
func phraseIndex(phrases []phraseRule) map[string][]int {
	out := map[string][]int{}
	for i, r := range phrases {
		out[r.from[0]] = append(out[r.from[0]], i)
	}
	return out
}

// uniqueInOrder returns ss without repeats, each kept where it first
// occurs, in ss's own backing array.
func uniqueInOrder(ss []string) []string {
	out := ss[:0]
	for i, s := range ss {
		if !slices.Contains(ss[:i], s) {
			out = append(out, s)
		}
	}
	return out
}

// terms returns the analysed terms of s, in order.
func terms(an analysis.Analyzer, s string) []string {
	ts := an.Analyze([]byte(s))
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	return out
}

// phrasesIn returns the indices (ascending) of the phrase rules of
// analyzer a whose first term is in seq: the only ones that can occur in it.
func (e *expander) phrasesIn(a string, seq []string) []int {
	var out []int
	for i, t := range seq {
		if slices.Contains(seq[:i], t) {
			continue
		}
		out = append(out, e.lang(a).phraseFirst[t]...)
	}
	slices.Sort(out)
	return out
}

// indexSeq returns where seq first occurs contiguously in s, or -1.
func indexSeq(s, seq []string) int {
	if len(seq) == 0 || len(seq) > len(s) {
		return -1
	}
outer:
	for i := 0; i+len(seq) <= len(s); i++ {
		for j := range seq {
			if s[i+j] != seq[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}
