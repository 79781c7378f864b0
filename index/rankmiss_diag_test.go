package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestRankMissDiag prints, for the released sets named in
// PLANBOT_RANK_MISS (comma-separated; never a blind set), each question of
// the set's "/all" view whose first hit misses: the first three hits with
// their ranking keys (diagHooks.rankTrace) and, from a page of thirty, the answer's
// place and keys. A diagnosis aid for ranking in one large index, skipped
// unless asked for; TestRelevance is the measure.
func TestRankMissDiag(t *testing.T) {
	wanted := diagWanted(t, "PLANBOT_RANK_MISS")
	ctx := context.Background()
	vs, sets := releasedViews(ctx, t)
	keys := map[string]string{}
	for i, set := range sets {
		if !wanted(set) {
			continue
		}
		tg := vs.at(4 + i)
		tg.ix.diag.rankTrace = func(id, k string) { keys[id] = k }
		for _, c := range setQuestions(t, set) {
			clear(keys)
			res, err := asked(ctx, tg.ix, c)
			if err != nil {
				t.Fatal(err)
			}
			top := map[string]string{}
			for k, v := range keys {
				top[k] = v
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, paragraphOf(tg.docs, h))
			}
			ok := c.Want == nil && len(got) == 0 || c.Want != nil && len(got) > 0 && containsAny(got[0], c.Want)
			if ok {
				continue
			}
			t.Logf("MISS %s/all [%s] %q", set, c.Kind, c.Query)
			for j, h := range res.Hits {
				m := " "
				if c.Want != nil && containsAny(got[j], c.Want) {
					m = "*"
				}
				t.Logf("   %s%d %-9s %-24s %s\n          %.120q", m, j+1, h.Kind, h.ID, top[h.ID], got[j])
			}
			if c.Want == nil {
				continue
			}
			kind := c.Kind
			if len(res.Hits) > 0 && res.Hits[0].Kind == corpus.KindPassage {
				kind = corpus.KindPassage
			}
			clear(keys)
			deep, err := tg.ix.Search(ctx, corpus.Query{Text: c.Query, Kind: kind, Limit: 30})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for j, h := range deep.Hits {
				if containsAny(paragraphOf(tg.docs, h), c.Want) {
					t.Logf("    answer at %d of 30 (%s): %s %s", j+1, kind, h.ID, keys[h.ID])
					found = true
					break
				}
			}
			if !found {
				t.Logf("    answer not among %d of 30 (%s)", len(deep.Hits), kind)
			}
		}
	}
}
