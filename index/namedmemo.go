package index

import "sync/atomic"

// A search ranks the hits of its text more than once: a shared pass
// (multi.go) ranks each query's hits, and a wider fetch (recall.go)
// ranks them again, each time asking which versions of the plan the
// text names (namedPlans). Reading that matches the text against some
// six hundred phrases of plans.json, a few percent of a command's time
// asked four to six times over. The answer depends on the text alone and
// is never modified (planNaming is read only), so the last one is kept.

// namedMemo is namedPlans' last answer: the text and what it names.
type namedMemo struct {
	query string
	n     *planNaming
}

// lastNamed holds the last namedMemo; concurrent searches of other texts
// replace it, which costs them a reading, never a wrong answer.
var lastNamed atomic.Pointer[namedMemo]

// namedReads counts the texts readNamedPlans read, for tests to see that
// a search reads its text once.
var namedReads atomic.Int64

// namedPlans returns the versions query names, nil when it names none or
// names every version there is (readNamedPlans), read once for the same
// text asked again.
func namedPlans(query string) *planNaming {
	if m := lastNamed.Load(); m != nil && m.query == query {
		return m.n
	}
	namedReads.Add(1)
	n := readNamedPlans(query)
	lastNamed.Store(&namedMemo{query: query, n: n})
	return n
}
