package index

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestCandidateDepth prints, for each question of the released set named
// in PLANBOT_CANDIDATE_DIAG (one set, never a blind one) in its /all view
// (every document up to and including the set), where the answer's
// paragraph stands in the exact search's first BM25 fetch (as Search asks
// it: respelt, neutral words left out, every kind, 1000 deep), how many of
// the question's words it matches (and how many as typed), and the most
// that any of the first 30 hits matches. It ends with a tally by depth and,
// for answers past the 30th hit, whether they match more, as many or fewer
// words than the best of the first 30: the ranking's first key is that
// count, so a deeper fetch can only help an answer that matches at least as
// many. It tells a candidate-stage loss (the answer would win if fetched)
// from a floor (other reports match the question better). Diagnosis only
// (stop 56, xsearch); TestRelevance is the measure.
func TestCandidateDepth(t *testing.T) {
	set := os.Getenv("PLANBOT_CANDIDATE_DIAG")
	if set == "" {
		t.Skip("PLANBOT_CANDIDATE_DIAG not set")
	}
	if blindSearchSet(set) {
		t.Fatalf("%s is still blind: its questions are not shown", set)
	}
	ctx := context.Background()
	docs := allViewDocs(t, set)
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	als := ix.analyzersInUse()
	tally := map[string]int{}
	for _, c := range setQuestions(t, set) {
		if c.Want == nil {
			continue
		}
		text, qts, ex, _ := respeltTerms(ctx, t, ix, als, c.Query)
		cls := ix.classify(ctx, qts)
		tq := ix.textQuery(retrievalText(text, qts, cls), c.Kind, als, ex.phrases, ex.boost, ex.topics, false)
		sr := diagFetch(ctx, t, ix, als, tq, filters(corpus.Query{}, false, ix.hasServers()), 1000)
		m := ix.markTermsFor(als, text, qts, ex.phrases)
		best30, rank, ansWords, ansTyped, ansLang := 0, 0, 0, 0, ""
		langs := map[string]int{}
		for i, h := range sr.Hits {
			mr := ix.mark(h, als, m)
			n := 0
			for _, b := range mr.matched {
				if b {
					n++
				}
			}
			lang := hitLang(h.Fields)
			if i < 30 {
				best30 = max(best30, n)
				langs[lang]++
			}
			if rank == 0 && containsAny(paragraphOf(docs, ix.toHit(h, c.Kind, als)), c.Want) {
				rank, ansWords, ansTyped, ansLang = i+1, n, mr.typed, lang
			}
		}
		b := depthBucket(rank)
		tally[b]++
		if rank > 30 {
			switch {
			case ansWords > best30:
				tally["past 30, matches more"]++
			case ansWords == best30:
				tally["past 30, matches as many"]++
			default:
				tally["past 30, matches fewer"]++
			}
		}
		t.Logf("%-8s %q [%s] answer %d (%s, %d words, %d typed), best of first 30 %d words; first 30 by language %s",
			b, c.Query, c.Kind, rank, ansLang, ansWords, ansTyped, best30, sortedCounts(langs))
	}
	t.Logf("%s/all: %s", set, sortedCounts(tally))
}

// hitLang is the analyzer of the text field a hit's stored fields hold.
func hitLang(fields map[string]interface{}) string {
	for f := range fields {
		if a, ok := strings.CutPrefix(f, textPrefix); ok {
			return a
		}
	}
	return ""
}

// depthBucket names the stretch of BM25's order a rank falls in (0: not
// among the fetched hits).
func depthBucket(rank int) string {
	switch {
	case rank == 0:
		return "none"
	case rank <= 6:
		return "1-6"
	case rank <= 30:
		return "7-30"
	case rank <= 120:
		return "31-120"
	}
	return "121-1000"
}

// sortedCounts prints counts by key in key order, so that runs compare.
func sortedCounts(c map[string]int) string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s:%d ", k, c[k])
	}
	return strings.TrimSpace(b.String())
}
