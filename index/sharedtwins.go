package index

import (
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/search"

	"planbot/corpus"
)

// Twins in a shared pass. Two queries of one shared pass (multi.go) that
// differ only in their page collect the same hits: same text and server
// (every query of the pass has those), same kind and filters, and as many
// hits kept (sharedQuery.collect). /provision asks for the passages of its
// text (the answer from the reports when no provision or statement
// matches, bot.Router.fromReports) in the pass that already searches the
// passages it weighs the provisions against (rankreports.go); both keep
// widerFetch hits. The walk then offers each match to one heap for both,
// and each query ranks a copy of the hits, so the second costs its own
// page and ranking but no scoring or heap of its own.

// sharedTwins returns the first query of each distinct collection of gs
// (uniq, indexes into gs), and for each query the position in uniq of the
// collection it shares (of).
func sharedTwins(gs []*sharedQuery) (uniq, of []int) {
	of = make([]int, len(gs))
	for i, g := range gs {
		of[i] = -1
		for u, j := range uniq {
			if sameCollection(gs[j], g) {
				of[i] = u
				break
			}
		}
		if of[i] < 0 {
			of[i] = len(uniq)
			uniq = append(uniq, i)
		}
	}
	sharedTwinHeaps.Add(int64(len(gs) - len(uniq)))
	return uniq, of
}

// sharedTwinHeaps counts the queries that shared another's heap, for
// tests to see that twins occur.
var sharedTwinHeaps atomic.Int64

// sameCollection says whether a and b, of one shared pass, collect the
// same hits: the same filters (filters builds a query's from these) and
// the same number kept.
func sameCollection(a, b *sharedQuery) bool {
	return filterKey(a.q) == filterKey(b.q) && a.collect() == b.collect()
}

// filterKey is what of q its filter is built from (filters).
func filterKey(q corpus.Query) corpus.Query {
	return corpus.Query{Kind: q.Kind, Speaker: q.Speaker, Plan: q.Plan, Topic: q.Topic, Guild: q.Guild}
}

// copyMatches copies hits (document, score and ID each) for a query that
// ranks them apart: ranking changes a hit's score and fields.
func copyMatches(hits search.DocumentMatchCollection) search.DocumentMatchCollection {
	out := make(search.DocumentMatchCollection, len(hits))
	for i, h := range hits {
		out[i] = copyMatch(h)
	}
	return out
}
