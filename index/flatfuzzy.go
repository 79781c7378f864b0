package index

import (
	"math"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Fuzzy words in the flat scorer. The fallback for a question that found
// nothing relevant asks each unknown word within one edit (fuzzyQuery),
// and a fifth or so of the bench's questions are misspelt, so that fallback
// was most of what still went through bleve's searchers and collector:
// about 8% of an uncached command. Bleve's fuzzy searcher
// (searcher.NewFuzzySearcher) is a disjunction the model already knows:
// it lists the field's terms within the edit distance (the snapshot's
// Levenshtein automaton over every segment's dictionary, then the field's
// synonym terms the automaton accepts), and asks each as a term searcher
// (with its synonyms, as any term) boosted by 1/(distance+1); with no
// candidate but the word itself it is that word's term searcher. The model
// builds the same clauses in the same order, so the scores are bleve's
// bits (TestFlatScoresSame compares them, fuzzy questions included).
// Where bleve's own order is not fixed (fuzzyOrderFixed) or bleve would
// fail, the query is left to bleve.

// fuzzyNode is the node of bleve's fuzzy searcher for q; ok is false for
// a form the model leaves to bleve.
func (m *flatModel) fuzzyNode(q *query.FuzzyQuery, fts search.FieldTermSynonymMap) (*flatNode, bool) {
	if m.snap == nil || q.FieldVal == "" || q.Fuzziness < 0 || q.Fuzziness > searcher.MaxFuzziness {
		return nil, false
	}
	if autoFuzzy(q) {
		return nil, false // the automatic fuzziness: not modelled
	}
	field, term, boost := q.FieldVal, q.Term, q.BoostVal.Value()
	if q.Fuzziness == 0 {
		return m.term(fts, field, term, boost), true
	}
	cands, dists, extra, ok := m.fuzzyCandidates(fts, field, term, q.Fuzziness, fuzzyPrefix(term, q.Prefix))
	if !ok {
		return nil, false
	}
	if len(cands) == 0 || len(cands) == 1 && cands[0] == term {
		return m.term(fts, field, term, boost), true
	}
	fuzzyNodes.Add(1)
	// NewMultiTermSearcherBoosted: a disjunction of the candidates.
	n := &flatNode{kind: flatOr}
	for i, c := range cands {
		n.kids = append(n.kids, m.term(fts, field, c, boost*(1/float64(dists[i]+1))))
	}
	if extra > 1 {
		m.unordered = append(m.unordered, unorderedKids{n: n, extras: slices.Clone(n.kids[len(cands)-extra:])})
	}
	return n, true
}

// unorderedKids are the kids of a fuzzy disjunction n that bleve takes in
// a map's order (extras).
type unorderedKids struct {
	n      *flatNode
	extras []*flatNode
}

// fuzzyOrderFixed reports whether every fuzzy disjunction of m sums its
// matching kids in one order whatever the order of its synonym terms, so
// that the model's order is bleve's. Its kids are sorted by their counts
// (sort.Sort): up to 12 kids that is an insertion sort, which keeps the
// order of kids of equal count, so the kids taken from the map (all after
// the dictionary's) change nothing when at most one of them can match; a
// kid that cannot match (no postings) adds nothing to a score wherever it
// is, and to the query norm the same wherever it is when all such kids
// weigh the same. Called once the counts and idfs are known (after order).
func (m *flatModel) fuzzyOrderFixed() bool {
	for _, u := range m.unordered {
		if len(u.n.kids) > 12 {
			return false
		}
		live, w0 := 0, math.NaN()
		for _, k := range u.extras {
			if k.count > 0 {
				if live++; live > 1 {
					return false
				}
				continue
			}
			// The kids with no postings come first, the map's among them
			// last, and the query norm sums their weights in that order:
			// equal weights make any order the same sum.
			switch w := k.weight(); {
			case math.IsNaN(w0):
				w0 = w
			case w != w0:
				return false
			}
		}
	}
	return true
}

// fuzzyNodes counts the fuzzy disjunctions the model has built (tests).
var fuzzyNodes atomic.Int64

// fuzzyPrefix is the part of term a fuzzy search keeps fixed: its first
// prefix bytes, cut at the first rune boundary at or after them, as bleve
// cuts it (the whole term when it is no longer).
func fuzzyPrefix(term string, prefix int) string {
	for i := range term {
		if i >= prefix {
			return term[:i]
		}
	}
	return term
}

// fuzzyCandidates lists the terms of field within fuzziness edits of term
// and starting with prefix, with their distances, as bleve's
// findFuzzyCandidateTerms lists them for a snapshot; ok is false where its
// order is not fixed or it would fail.
func (m *flatModel) fuzzyCandidates(fts search.FieldTermSynonymMap, field, term string, fuzziness int, prefix string) (cands []string, dists []uint8, extra int, ok bool) {
	dict, a, err := m.snap.FieldDictFuzzyAutomaton(field, term, fuzziness, prefix)
	if err != nil {
		return nil, nil, 0, false
	}
	defer dict.Close()
	syns := fts[field]
	var seen map[string]bool
	if len(syns) > 0 {
		seen = make(map[string]bool, len(syns))
	}
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, nil, 0, false
		}
		if e == nil {
			break
		}
		if seen != nil {
			if seen[e.Term] {
				continue
			}
			seen[e.Term] = true
		}
		cands, dists = append(cands, e.Term), append(dists, e.EditDistance)
	}
	if seen != nil {
		if a == nil {
			return nil, nil, 0, false // bleve would call a nil automaton
		}
		// Bleve then adds the synonym terms the automaton accepts, in the
		// map's order (see fuzzyOrderFixed).
		extra := 0
		for s := range syns {
			if seen[s] || !strings.HasPrefix(s, prefix) {
				continue
			}
			if match, d := a.MatchAndDistance(s); match {
				extra++
				cands, dists = append(cands, s), append(dists, d)
			}
		}
	}
	if searcher.DisjunctionMaxClauseCount != 0 && len(cands) > searcher.DisjunctionMaxClauseCount {
		return nil, nil, 0, false // bleve fails: too many clauses
	}
	return cands, dists, extra, true
}

// fuzzySnapshot is what the model needs of a snapshot to list fuzzy
// candidates (scorch.IndexSnapshot has it).
type fuzzySnapshot interface {
	FieldDictFuzzyAutomaton(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, bleveindex.FuzzyAutomaton, error)
}
