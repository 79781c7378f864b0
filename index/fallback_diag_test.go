package index

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"planbot/corpus"
)

// TestFallbackDiag prints, for the released sets named in
// PLANBOT_FALLBACK_DIAG (never a blind set), on each set's own view (the
// older documents and its own), every question where planbot and plain
// bleve disagree on the first hit: answerable questions plain bleve
// answers first and planbot does not (with planbot's first hit, or
// "(nothing)"), and off-topic questions one of them answers. It is a
// diagnosis aid for the questions planbot leaves silent where a plain
// full-text index answers, skipped unless asked for; TestRelevance is the
// measure.
func TestFallbackDiag(t *testing.T) {
	ctx := context.Background()
	for _, v := range wantedOwnViews(t, "PLANBOT_FALLBACK_DIAG") {
		set, docs := v.set, v.docs
		tg := openRelevanceTarget(ctx, t, docs)
		silent, behind, ahead := 0, 0, 0
		// Every question planbot leaves silent, and how many of them
		// plain bleve answers right first and within its top three.
		mute, muteTop1, muteTop3 := 0, 0, 0
		for _, c := range setQuestions(t, set) {
			res, err := asked(ctx, tg.ix, c)
			if err != nil {
				t.Fatal(err)
			}
			req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(c.Query), 3, 0, false)
			req.Fields = []string{"text"}
			sr, err := tg.plain.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			theirs := ""
			if len(sr.Hits) > 0 {
				theirs, _ = sr.Hits[0].Fields["text"].(string)
			}
			if c.Want != nil && len(res.Hits) == 0 {
				mute++
				for i, h := range sr.Hits {
					if s, _ := h.Fields["text"].(string); containsAny(s, c.Want) {
						if i == 0 {
							muteTop1++
						}
						muteTop3++
						break
					}
				}
			}
			ours := "(nothing)"
			if len(res.Hits) > 0 {
				ours = paragraphOf(tg.docs, res.Hits[0])
			}
			if c.Want == nil {
				if len(res.Hits) > 0 {
					t.Logf("%s NEG answered by planbot [%s] %q -> %.90q", set, c.Kind, c.Query, ours)
				}
				continue
			}
			oursRight := len(res.Hits) > 0 && containsAny(ours, c.Want)
			theirsRight := theirs != "" && containsAny(theirs, c.Want)
			switch {
			case theirsRight && !oursRight && len(res.Hits) == 0:
				silent++
				t.Logf("%s SILENT bleve-right [%s] %q -> bleve %.90q", set, c.Kind, c.Query, theirs)
			case theirsRight && !oursRight:
				behind++
				t.Logf("%s BEHIND [%s] %q -> ours %.90q", set, c.Kind, c.Query, ours)
			case oursRight && !theirsRight:
				ahead++
			case len(res.Hits) == 0:
				t.Logf("%s silent, bleve wrong too [%s] %q", set, c.Kind, c.Query)
			}
		}
		t.Logf("%s: %d silent where bleve is right, %d answered wrong where bleve is right, %d right where bleve is wrong", set, silent, behind, ahead)
		t.Logf("%s: SILENT %d; plain bleve right top-1 %d, top-3 %d", set, mute, muteTop1, muteTop3)
	}
}

// TestFallbackGateDiag asks every question of the released sets named in
// PLANBOT_FALLBACK_GATE (or "all") of the view holding every released
// document, with and without the fallback, and prints each question whose
// answer the fallback changes: an off-topic question it answers, an
// answerable one it answers right or wrong. A diagnosis aid for the
// fallback's gate, skipped unless asked for.
func TestFallbackGateDiag(t *testing.T) {
	want := os.Getenv("PLANBOT_FALLBACK_GATE")
	if want == "" {
		t.Skip("PLANBOT_FALLBACK_GATE not set")
	}
	ctx := context.Background()
	vs, sets := releasedViews(ctx, t)
	tg := vs.at(4 + len(sets) - 1)
	negs, right, top3, wrong := 0, 0, 0, 0
	for _, set := range sets {
		if want != "all" && !strings.Contains(","+want+",", ","+set+",") {
			continue
		}
		for _, c := range setQuestions(t, set) {
			q := corpus.Query{Text: c.Query, Kind: c.Kind, Limit: 3}
			own, err := tg.ix.searchOwn(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(own.Hits) > 0 {
				continue
			}
			if c.Kind == corpus.KindProvision || c.Kind == corpus.KindStatement {
				q.Kind = corpus.KindPassage
				if own, err = tg.ix.searchOwn(ctx, q); err != nil {
					t.Fatal(err)
				}
				if len(own.Hits) > 0 {
					continue
				}
			}
			res, err := tg.ix.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				continue
			}
			first := paragraphOf(tg.docs, res.Hits[0])
			switch {
			case c.Want == nil:
				negs++
				t.Logf("%s NEG answered %q -> %.90q", set, c.Query, first)
			case containsAny(first, c.Want):
				right++
				t.Logf("%s RIGHT %q", set, c.Query)
			default:
				in3 := false
				for _, h := range res.Hits {
					in3 = in3 || containsAny(paragraphOf(tg.docs, h), c.Want)
				}
				if in3 {
					top3++
				} else {
					wrong++
				}
				t.Logf("%s wrong (top-3 %v) %q -> %.90q", set, in3, c.Query, first)
			}
		}
	}
	t.Logf("fallback: %d negatives answered, %d right first, %d in the top three, %d wrong", negs, right, top3, wrong)
}
