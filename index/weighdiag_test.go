package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestWeighReportsDiag prints, for the released sets named in
// PLANBOT_WEIGH_DIAG (comma-separated; never a blind set), each provision
// or statement question of the set's "/all" view with the keys the
// weighing against the reports compares (rankreports.go): the best record
// of the kind's and the best passage's, and whether the answer is the
// first hit of each search and of what the bot shows. A diagnosis aid for
// that rule, skipped unless asked for; TestRelevance is the measure.
func TestWeighReportsDiag(t *testing.T) {
	wanted := diagWanted(t, "PLANBOT_WEIGH_DIAG")
	ctx := context.Background()
	vs, sets := releasedViews(ctx, t)
	first := func(docs []*corpus.Document, res corpus.Results, want []string) bool {
		return len(res.Hits) > 0 && containsAny(paragraphOf(docs, res.Hits[0]), want)
	}
	for i, set := range sets {
		if !wanted(set) {
			continue
		}
		tg := vs.at(4 + i)
		for _, c := range setQuestions(t, set) {
			if c.Want == nil || c.Kind != corpus.KindProvision && c.Kind != corpus.KindStatement {
				continue
			}
			var key, best answerKey
			rec, err := tg.ix.search(ctx, corpus.Query{Text: c.Query, Kind: c.Kind, Limit: 3}, &key)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := tg.ix.search(ctx, corpus.Query{Text: c.Query, Kind: corpus.KindPassage, Limit: 3}, &best)
			if err != nil {
				t.Fatal(err)
			}
			shown, err := asked(ctx, tg.ix, c)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("WEIGH %s %s rec=%v/%d key=%+v pass=%v/%d best=%+v shown=%v %q", set, c.Kind,
				first(tg.docs, rec, c.Want), len(rec.Hits), key, first(tg.docs, ps, c.Want), len(ps.Hits), best,
				first(tg.docs, shown, c.Want), c.Query)
		}
	}
}
