package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestWeighOwnDiag is TestWeighReportsDiag on each set's own view (every
// older fixture and the set's documents, as TestRelevance's first figure
// is taken): for the released sets named in PLANBOT_WEIGH_OWN
// (comma-separated; never a blind set), each provision or statement
// question with the keys the weighing against the reports compares and
// whether the answer is first among the records, among the passages and
// in what the bot shows. A script can then replay another weighing rule
// on these lines without a run per rule. Skipped unless asked for.
func TestWeighOwnDiag(t *testing.T) {
	ctx := context.Background()
	first := func(docs []*corpus.Document, res corpus.Results, want []string) bool {
		return len(res.Hits) > 0 && containsAny(paragraphOf(docs, res.Hits[0]), want)
	}
	for _, v := range wantedOwnViews(t, "PLANBOT_WEIGH_OWN") {
		ix, err := Open(ctx, Options{}, v.docs)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range setQuestions(t, v.set) {
			if c.Want == nil || c.Kind != corpus.KindProvision && c.Kind != corpus.KindStatement {
				continue
			}
			var key, best answerKey
			rec, err := ix.search(ctx, corpus.Query{Text: c.Query, Kind: c.Kind, Limit: 3}, &key)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := ix.search(ctx, corpus.Query{Text: c.Query, Kind: corpus.KindPassage, Limit: 3}, &best)
			if err != nil {
				t.Fatal(err)
			}
			shown, err := asked(ctx, ix, c)
			if err != nil {
				t.Fatal(err)
			}
			same := len(rec.Hits) > 0 && len(ps.Hits) > 0 && rec.Hits[0].Source.ID == ps.Hits[0].Source.ID
			t.Logf("WEIGH %s %s rec=%v/%d key=%+v pass=%v/%d best=%+v shown=%v same=%v %q", v.set, c.Kind,
				first(v.docs, rec, c.Want), len(rec.Hits), key, first(v.docs, ps, c.Want), len(ps.Hits), best,
				first(v.docs, shown, c.Want), same, c.Query)
		}
		ix.Close()
	}
}
