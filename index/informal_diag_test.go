package index

import (
	"context"
	"os"
	"testing"
)

// TestRespellDiag asks every question of the released sets on one index of
// every released document (the newest set's /all view) with the informal
// table and the typo step (informal.go, typo.go) on and off, and prints
// each question whose respelt text the two steps change, with whether its
// first hit is right (or, for a negative, whether it stays silent) either
// way. Only those questions can move, so the totals are the steps' whole
// effect on that view. A diagnosis aid, skipped unless
// PLANBOT_RESPELL_DIAG is set.
func TestRespellDiag(t *testing.T) {
	if os.Getenv("PLANBOT_RESPELL_DIAG") == "" {
		t.Skip("PLANBOT_RESPELL_DIAG not set")
	}
	ctx := context.Background()
	docs := firstStagesDocs(t)
	var sets []string
	for _, set := range laterSets {
		if blindSearchSet(set) {
			break
		}
		docs = append(docs, setDocs(t, set)...)
		sets = append(sets, set)
	}
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	als := ix.analyzersInUse()
	respelt := func(q string) string {
		text := normalizeQuery(q)
		qts := ix.queryTerms(als, text)
		ex, err := ix.knownTerms(ctx, als, qts)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := ix.respell(ctx, als, text, qts, ex.known)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	right := func(c relevanceCase) bool {
		res, err := asked(ctx, ix, c)
		if err != nil {
			t.Fatal(err)
		}
		if c.Want == nil {
			return len(res.Hits) == 0
		}
		return len(res.Hits) > 0 && containsAny(paragraphOf(docs, res.Hits[0]), c.Want)
	}
	changed, gained, lost, negs := 0, 0, 0, 0
	for _, set := range sets {
		for _, c := range setQuestions(t, set) {
			ix.diag = diagHooks{informalOff: true, typoOff: true}
			before := respelt(c.Query)
			ix.diag = diagHooks{}
			after := respelt(c.Query)
			if before == after {
				continue
			}
			changed++
			ix.diag = diagHooks{informalOff: true, typoOff: true}
			was := right(c)
			ix.diag = diagHooks{}
			is := right(c)
			switch {
			case is && !was:
				gained++
			case was && !is:
				lost++
				if c.Want == nil {
					negs++
				}
			}
			t.Logf("%s %v->%v neg=%v %q -> %q", set, was, is, c.Want == nil, c.Query, after)
		}
	}
	t.Logf("respelt %d questions: %d right or silent gained, %d lost (%d negatives answered)", changed, gained, lost, negs)
}
