package index

import (
	"strings"

	"planbot/corpus"

	"github.com/blevesearch/bleve/v2/search"
)

// A question that names a version of the plan ("20 point plan army",
// "counterproposal nato", "Gegenvorschlag Armee", "what did the geneva
// version keep") asks about that version's terms. Every version holds a
// point on the army or on NATO, and the first draft's is the one most
// reported, so it matches the other words as well as the version asked
// about and often better; and the version's own point seldom repeats the
// version's name ("the ceiling rises to 800,000" is the counter-proposal,
// it does not say so), so the naming words counted against it. So
// (namedPlans) the versions a question names are read with plans.json's
// phrases in every language (corpus.PlansNamed), and a hit of a named
// version (a provision of it, or a passage or statement of a document
// about it: both carry the plan in fieldPlan) matches the naming words by
// being of that version (withPlan), and among hits matching as many query
// words it ranks first (results' plan key, right after the matched
// words). It is a tie-break, never a filter: a hit of another version
// that matches more of the question still comes first, and a question
// naming no version, or every version, is ranked as before.

// planNaming is what a query names of the plan's versions: the versions,
// and the query words (lower case, as typed) that name them.
type planNaming struct {
	plans map[string]bool
	words map[string]bool
}

// readNamedPlans returns the versions query names, nil when it names none or
// names every version there is (a comparison of all versions prefers none).
func readNamedPlans(query string) *planNaming {
	ps, ws := corpus.PlansNamed(query)
	if len(ps) == 0 || len(ps) == len(corpus.PlanNames()) {
		return nil
	}
	n := &planNaming{plans: make(map[string]bool, len(ps)), words: make(map[string]bool, len(ws))}
	for _, p := range ps {
		n.plans[p] = true
	}
	for _, w := range ws {
		n.words[w] = true
	}
	return n
}

// ofPlan reports whether h is of one of the versions n names: its
// record's plan (the provision's own, or its document's) is one of them.
func (n *planNaming) ofPlan(h *search.DocumentMatch) bool {
	if n == nil {
		return false
	}
	switch v := h.Fields[fieldPlan].(type) {
	case string:
		return n.plans[v]
	case []interface{}:
		for _, x := range v {
			if s, ok := x.(string); ok && n.plans[s] {
				return true
			}
		}
	}
	return false
}

// withPlan returns m with the query words that name the hit's version
// matched: a hit of the version asked about is what those words say.
// raw is the query's words as typed, in the order m counts them; m is
// returned as it is when they do not line up.
func (n *planNaming) withPlan(m markResult, raw []queryTerm) markResult {
	if n == nil || len(raw) != len(m.matched) {
		return m
	}
	var out []bool
	for i, qt := range raw {
		if m.matched[i] || !n.words[planWord(qt.raw)] {
			continue
		}
		if out == nil {
			out = append([]bool(nil), m.matched...)
		}
		out[i] = true
	}
	if out != nil {
		m.matched = out
	}
	return m
}

// onlyNaming reports whether m matches none of the query's words but
// those naming a version, when the query has others: a lead-in that
// names the version ("the 28-point draft reads:") says nothing of what
// is asked about it, and is no answer.
func (n *planNaming) onlyNaming(m markResult, raw []queryTerm) bool {
	if n == nil || len(raw) != len(m.matched) {
		return false
	}
	other, matched := false, false
	for i, qt := range raw {
		if n.words[planWord(qt.raw)] {
			continue
		}
		other = true
		matched = matched || m.matched[i]
	}
	return other && !matched
}

// planWord is a query word as corpus.PlansNamed writes the words that name
// a version: without apostrophes.
func planWord(raw string) string {
	return strings.NewReplacer("'", "", "’", "").Replace(raw)
}
