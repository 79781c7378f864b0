package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestFallbackOrderDiag prints, for the released sets named in
// PLANBOT_FALLBACK_ORDER (comma-separated; never a blind set), each
// provision or statement question of the set's "/all" view that no record
// of the kind answers, so that the bot falls back to the reports'
// paragraphs: a FALLQ line with the answer's place among the first ten
// passages, then a PASS line per passage with its ranking keys (diagHooks.rankTrace:
// matched words, typed and glossed, info, bleve's score ...), its place in
// its document, the document's date, and spare=true for a passage the
// relevance rule turned down that only fills the page. The fall-back order was the
// next diagnostic zkind named (stop 62): an ordering is replayed on this
// output, whose keys do not depend on the order. Skipped unless asked
// for; TestRelevance is the measure.
func TestFallbackOrderDiag(t *testing.T) {
	wanted := diagWanted(t, "PLANBOT_FALLBACK_ORDER")
	ctx := context.Background()
	vs, sets := releasedViews(ctx, t)
	keys := map[string]string{} // ranked hits' keys
	down := map[string]bool{}   // hits the relevance rule turned down (the page's spares)
	trace := func(id, k string) {
		if strings.HasPrefix(k, "turned down") {
			down[id] = true
		} else {
			keys[id] = k
		}
	}
	for i, set := range sets {
		if !wanted(set) {
			continue
		}
		tg := vs.at(4 + i)
		tg.ix.diag.rankTrace = trace
		for qi, c := range setQuestions(t, set) {
			if c.Want == nil || c.Kind != corpus.KindProvision && c.Kind != corpus.KindStatement {
				continue
			}
			rec, err := tg.ix.Search(ctx, corpus.Query{Text: c.Query, Kind: c.Kind, Limit: 3})
			if err != nil {
				t.Fatal(err)
			}
			if len(rec.Hits) > 0 {
				continue
			}
			three, err := tg.ix.Search(ctx, corpus.Query{Text: c.Query, Kind: corpus.KindPassage, Limit: 3})
			if err != nil {
				t.Fatal(err)
			}
			clear(keys)
			clear(down)
			ps, err := tg.ix.Search(ctx, corpus.Query{Text: c.Query, Kind: corpus.KindPassage, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			at := -1
			for j, h := range ps.Hits {
				if containsAny(paragraphOf(tg.docs, h), c.Want) {
					at = j
					break
				}
			}
			first3 := len(three.Hits) > 0 && containsAny(paragraphOf(tg.docs, three.Hits[0]), c.Want)
			t.Logf("FALLQ %s %d %s at=%d of=%d first3=%v %q", set, qi, c.Kind, at, len(ps.Hits), first3, c.Query)
			for j, h := range ps.Hits {
				pos, n := passagePlace(tg.docs, h)
				k, spare := keys[h.ID], false
				if k == "" {
					spare = down[h.ID]
				}
				t.Logf("PASS %s %d %d ans=%v pos=%d/%d date=%s src=%s spare=%v %s", set, qi, j,
					containsAny(paragraphOf(tg.docs, h), c.Want), pos, n, h.Source.Published, h.Source.ID, spare, k)
			}
		}
	}
}

// passagePlace is h's paragraph's place in its document (from 0) and the
// document's number of paragraphs; -1 and 0 when it is not found.
func passagePlace(docs []*corpus.Document, h corpus.Hit) (int, int) {
	for _, d := range docs {
		if d.Source.ID != h.Source.ID {
			continue
		}
		for i, p := range d.Passages {
			if strings.Contains(p.Text, h.Text) {
				return i, len(d.Passages)
			}
		}
		return -1, len(d.Passages)
	}
	return -1, 0
}
