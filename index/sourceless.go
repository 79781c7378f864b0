package index

import (
	"context"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Glossary words for the languages without a synonym source.
//
// Only the glossary's own languages (glossaryLangs) have a bleve synonym
// source: each source is analysed into the index's thesaurus at every
// build, and the eight more languages with a stemmer (Swedish, Danish,
// Norwegian, Finnish, Hungarian, Romanian, Turkish, Croatian) cost
// 4.5 CPU-s per build of 20k items when they had theirs. Without a source
// a query's words reach such a text only as typed: the glossary lists
// "vaalit" and "alegeri", but "elections" never found the Finnish or
// Romanian report, though the expander already knew, per analyzer, what
// every glossary line analyses to (langExpansion.thesaurus, built on first
// use from the same groups a source is built from, and cached on disk).
//
// So the query carries those synonyms itself: bleve's term searcher reads
// a field's synonyms from the request's pre-search map (search.
// FieldTermSynonymMap), whichever source they came from. For a match or
// term query on the text field of an analyzer without a source, each
// analysed term's thesaurus entry is added to the map, as
// query.ExtractSynonyms adds a sourced field's. The cost moves from every
// index build to the few terms of each query, and only for the languages
// an index holds (als).
//
// Only the synonyms the field holds are added. bleve scores a term with
// synonyms as a disjunction of it and each synonym, times the share of
// them matched (the coordination factor), and a glossary term has fifty
// to a hundred forms across the languages: with all of them, a Romanian
// paragraph that matched a query word as typed scored a fiftieth of what
// it did before and fell out of the first fetch, and set U lost two of
// its answers. Their document frequencies are mostly cached already
// (lookupTerms reads the same synonyms' to decide which words are known).

// addSourceless adds to fts, for the clauses of q on text fields without a
// synonym source, the synonyms the expander knows for each analysed term
// (see above), and returns fts (allocated when nil and something is
// added). A term bleve already expanded is left as it is.
func (ix *Index) addSourceless(ctx context.Context, q query.Query, fts search.FieldTermSynonymMap) (search.FieldTermSynonymMap, error) {
	var dfs *dfReader
	var err error
	add := func(field, term string) {
		a, ok := strings.CutPrefix(field, textPrefix)
		if !ok || withSynonyms(a) || err != nil {
			return
		}
		if _, ok := fts[field][term]; ok {
			return
		}
		var syns []string
		for _, s := range ix.exp.lang(a).thesaurus(term) {
			if dfs == nil {
				dfs = ix.newDFReader(ctx)
			}
			var n uint64
			if n, err = dfs.df(field, s); err != nil {
				return
			}
			if n > 0 {
				syns = append(syns, s)
			}
		}
		if len(syns) == 0 {
			return
		}
		if fts == nil {
			fts = search.FieldTermSynonymMap{}
		}
		if fts[field] == nil {
			fts[field] = map[string][]string{}
		}
		fts[field][term] = syns
	}
	var walk func(q query.Query)
	walk = func(q query.Query) {
		switch q := q.(type) {
		case *query.BooleanQuery:
			for _, c := range []query.Query{q.Must, q.Should, q.MustNot} {
				if c != nil {
					walk(c)
				}
			}
		case *query.ConjunctionQuery:
			for _, c := range q.Conjuncts {
				walk(c)
			}
		case *query.DisjunctionQuery:
			for _, c := range q.Disjuncts {
				walk(c)
			}
		case *query.MatchQuery:
			// The exact terms only: a fuzzy match (planbot builds none
			// on a text field) would also want the thesaurus keys near
			// each term, which only a source can list.
			a, ok := strings.CutPrefix(q.FieldVal, textPrefix)
			if !ok || withSynonyms(a) {
				return
			}
			an := ix.analyzer(a)
			if an == nil {
				return
			}
			for _, tok := range an.Analyze([]byte(q.Match)) {
				add(q.FieldVal, string(tok.Term))
			}
		case *query.TermQuery:
			add(q.FieldVal, q.Term)
		}
	}
	if q != nil {
		walk(q)
	}
	if dfs != nil {
		dfs.close()
	}
	return fts, err
}
