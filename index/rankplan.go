package index

import (
	"planbot/corpus"

	"github.com/blevesearch/bleve/v2/search"
)

// A question that names a version of the plan ("20 point plan army",
// "counterproposal nato", "Gegenvorschlag Armee", "what did the geneva
// version keep") asks about that version's terms. Every version holds a
// point on the army or on NATO, and the first draft's is the one most
// reported, so it matches the other words as well as the version asked
// about and often better. So (namedPlans) the versions a question names
// are read with plans.json's phrases in every language (corpus.PlansNamed),
// and among hits matching as many query words a hit of a named version
// ranks first (results' plan key, right after the matched words): a
// provision of that version, or a passage or statement of a document
// about it (both carry the plan in fieldPlan). It is a tie-break, never a
// filter: a hit of another version that matches more of the question
// still comes first, and a question naming no version, or every version,
// is ranked as before.

// namedPlans returns the versions query names, nil when it names none or
// names every version there is (a comparison of all versions prefers none).
func namedPlans(query string) map[string]bool {
	ps := corpus.PlansNamed(query)
	if len(ps) == 0 || len(ps) == len(corpus.PlanNames()) {
		return nil
	}
	out := make(map[string]bool, len(ps))
	for _, p := range ps {
		out[p] = true
	}
	return out
}

// ofPlan reports whether h is of one of the versions in plans: its record's
// plan (the provision's own, or its document's) is one of them.
func ofPlan(h *search.DocumentMatch, plans map[string]bool) bool {
	if len(plans) == 0 {
		return false
	}
	switch v := h.Fields[fieldPlan].(type) {
	case string:
		return plans[v]
	case []interface{}:
		for _, x := range v {
			if s, ok := x.(string); ok && plans[s] {
				return true
			}
		}
	}
	return false
}
