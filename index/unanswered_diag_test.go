package index

import (
	"context"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

	"planbot/corpus"
)

// TestUnansweredDiag explains, for the released sets named in
// PLANBOT_UNANSWERED_DIAG (never a blind set), every answerable question
// that gets no hit at all: each query word with its class and whether the
// corpus knows it, and, among a wide fetch, the hit holding the answer
// with the words it matches and the relevance rule's verdict. It is a
// diagnosis aid for the questions the relevance rule leaves silent,
// skipped unless asked for.
func TestUnansweredDiag(t *testing.T) {
	ctx := context.Background()
	for _, v := range wantedOwnViews(t, "PLANBOT_UNANSWERED_DIAG") {
		set, vd := v.set, v.docs
		cases := setQuestions(t, set)
		ix, err := Open(ctx, Options{}, vd)
		if err != nil {
			t.Fatal(err)
		}
		als := ix.analyzersInUse()
		for _, c := range cases {
			res, err := asked(ctx, ix, c)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) > 0 || (c.Want == nil && len(res.Hits) == 0) {
				if c.Want == nil && len(res.Hits) > 0 {
					t.Logf("NEG ANSWERED %s %q", set, c.Query)
				}
				continue
			}
			text, qts, ex, _ := respeltTerms(ctx, t, ix, als, c.Query)
			cls := ix.classify(ctx, qts)
			var words []string
			for i, qt := range qts {
				w := qt.raw
				if !ex.known[i] {
					w += "?"
				}
				if cls[i]&classDomain != 0 {
					w += "+D"
				}
				if cls[i]&classFrame != 0 {
					w += "+F"
				}
				if cls[i]&classFiller != 0 {
					w += "+f"
				}
				words = append(words, w)
			}
			t.Logf("SILENT %s [%s] %q words %v", set, c.Kind, c.Query, words)
			tq := ix.textQuery(retrievalText(text, qts, cls), "", als, ex.phrases, ex.boost, ex.topics, false)
			sr := diagFetch(ctx, t, ix, als, tq, nil, 60)
			m := ix.markTermsFor(als, text, qts, ex.phrases)
			mark := func(h *search.DocumentMatch) markResult {
				return ix.withGenre(h, als, m, cls, ix.withTitle(h, als, m, cls, ix.mark(h, als, m)))
			}
			found := false
			for i, h := range sr.Hits {
				st := storedText(h, als)
				hit := false
				for _, w := range c.Want {
					if strings.Contains(st, w) || strings.Contains(w, bodyText(st)) {
						hit = true
					}
				}
				if !hit && i >= 2 {
					continue
				}
				mr := mark(h)
				var mw []string
				for j, ok := range mr.matched {
					if ok && j < len(qts) {
						mw = append(mw, qts[j].raw)
					}
				}
				// The words that still count once a weak topic match is set
				// aside (topicevidence.go): what relevantFor reads.
				var ev []string
				for j, ok := range mr.evidence().matched {
					if ok && j < len(qts) {
						ev = append(ev, qts[j].raw)
					}
				}
				star := " "
				if hit {
					star, found = "*", true
				}
				// rel is the verdict for the kind asked and, for a provision
				// or statement question, for the passages asked next (asked).
				rel := relevantFor(mr, cls, c.Kind) || c.Kind != "" && relevantFor(mr, cls, corpus.KindPassage)
				// why: the clause that decided the kind asked and, after "/",
				// the passages' (relevant.go).
				why := relevanceVerdict(mr, cls, c.Kind).String()
				if c.Kind != "" {
					why += "/" + relevanceVerdict(mr, cls, corpus.KindPassage).String()
				}
				t.Logf("   %s%2d %.3f %-24s rel=%v why=%s off=%v matched=%v evidence=%v %.70q", star, i+1, h.Score, h.ID, rel, why, rel && ix.offTopic(h, als, mark, mr, cls, c.Kind), mw, ev, st)
				if hit {
					break
				}
			}
			if !found {
				t.Logf("   answer not in %d fetched (of %d); want %.60q", len(sr.Hits), sr.Total, c.Want[0])
			}
		}
		ix.Close()
	}
}
