package index

import (
	"context"
	"testing"
)

// TestHalfKnownDiag prints, for the released sets named in
// PLANBOT_HALFKNOWN_DIAG (comma-separated; never a blind set), the
// questions of the set's own view whose answer the half-known limit
// (halfknown.go) costs: with the limit off the first hit is right, with
// it on the question is silent or answered wrongly. It also prints the
// off-topic questions the limit keeps silent, the other side of the
// ledger. A diagnosis aid, skipped unless asked for.
func TestHalfKnownDiag(t *testing.T) {
	ctx := context.Background()
	for _, v := range wantedOwnViews(t, "PLANBOT_HALFKNOWN_DIAG") {
		set, vd := v.set, v.docs
		ix, err := Open(ctx, Options{}, vd)
		if err != nil {
			t.Fatal(err)
		}
		first := func(c relevanceCase, off bool) (bool, int) {
			ix.diag.halfKnownOff = off
			defer func() { ix.diag.halfKnownOff = false }()
			res, err := asked(ctx, ix, c)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				return c.Want == nil, 0
			}
			return c.Want != nil && containsAny(paragraphOf(vd, res.Hits[0]), c.Want), len(res.Hits)
		}
		cost, kept := 0, 0
		for _, c := range setQuestions(t, set) {
			on, n := first(c, false)
			off, noff := first(c, true)
			switch {
			case !on && off:
				cost++
				t.Logf("COST %s [%s] %q (with the limit: %d hits)", set, c.Kind, c.Query, n)
			case on && !off && c.Want == nil:
				kept++
				t.Logf("KEPT %s off-topic %q silent (without: %d hits)", set, c.Query, noff)
			}
		}
		t.Logf("%s: the limit costs %d right first hits, keeps %d off-topic questions silent", set, cost, kept)
		ix.Close()
	}
}
