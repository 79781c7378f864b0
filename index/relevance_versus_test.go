package index

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"planbot/corpus"
)

// TestRelevanceVersus prints, for the released sets named in
// PLANBOT_RELEVANCE_VERSUS (comma-separated; never a blind set), each
// question of the set's "/all" view (every document up to the set's own,
// as TestRelevance builds it) where plain bleve ranks the answer's
// paragraph above planbot: both ranks, planbot's first three hits and the
// answer's record with the ranking keys of each (diagHooks.rankTrace), and plain
// bleve's first hit. It is a diagnosis aid for ranking in one large
// index, skipped unless asked for; TestRelevance is the measure.
func TestRelevanceVersus(t *testing.T) {
	wanted := diagWanted(t, "PLANBOT_RELEVANCE_VERSUS")
	ctx := context.Background()
	vs, sets := releasedViews(ctx, t)
	keys := map[string]string{}
	for i, set := range sets {
		if !wanted(set) {
			continue
		}
		tg := vs.at(4 + i)
		tg.ix.diag.rankTrace = func(id, k string) { keys[id] = k }
		cases := setQuestions(t, set)
		worse, better := 0, 0
		for _, c := range cases {
			if c.Want == nil {
				continue
			}
			clear(keys)
			res, err := asked(ctx, tg.ix, relevanceCase{Query: c.Query, Kind: c.Kind})
			if err != nil {
				t.Fatal(err)
			}
			// asked's page is three; the answer's place below it is
			// read from a longer page of the same kind.
			kind := c.Kind
			if (c.Kind == corpus.KindProvision || c.Kind == corpus.KindStatement) && len(res.Hits) > 0 && res.Hits[0].Kind == corpus.KindPassage {
				kind = corpus.KindPassage // asked fell back to the reports
			}
			deep, err := tg.ix.Search(ctx, corpus.Query{Text: c.Query, Kind: kind, Limit: 20})
			if err != nil {
				t.Fatal(err)
			}
			hits := append(append([]corpus.Hit(nil), res.Hits...), deep.Hits[min(len(res.Hits), len(deep.Hits)):]...)
			ours := versusRank(tg.docs, hits, c.Want)
			req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(c.Query), 20, 0, false)
			req.Fields = []string{"text"}
			sr, err := tg.plain.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			theirs, first := 0, ""
			for j, h := range sr.Hits {
				s, _ := h.Fields["text"].(string)
				if j == 0 {
					first = s
				}
				if theirs == 0 && containsAny(s, c.Want) {
					theirs = j + 1
				}
			}
			lower := func(r int) int {
				if r == 0 {
					return 99
				}
				return r
			}
			if lower(ours) < lower(theirs) && ours == 1 {
				better++
			}
			if lower(theirs) >= lower(ours) || ours == 1 {
				continue
			}
			worse++
			asPassage := 0
			if kind != corpus.KindPassage && kind != "" {
				ps, err := tg.ix.Search(ctx, corpus.Query{Text: c.Query, Kind: corpus.KindPassage, Limit: 20})
				if err != nil {
					t.Fatal(err)
				}
				asPassage = versusRank(tg.docs, ps.Hits, c.Want)
			}
			t.Logf("%s/all [%s] %q: planbot %d, bleve %d, among passages %d (%d hits of the kind)", set, c.Kind, c.Query, ours, theirs, asPassage, len(res.Hits))
			for j, h := range hits {
				if j >= 3 && j+1 != ours {
					continue
				}
				p := paragraphOf(tg.docs, h)
				mark := " "
				if containsAny(p, c.Want) {
					mark = "*"
				}
				t.Logf("   %s%2d %-9s %-28s %.40q %s\n        %.110q", mark, j+1, h.Kind, h.ID, h.Source.Title, keys[h.ID], p)
			}
			t.Logf("    bleve 1: %.110q", first)
		}
		t.Logf("%s/all: %d questions where plain bleve ranks the answer above planbot, %d where planbot alone has it first", set, worse, better)
	}
}

// versusRank is the 1-based place of the first hit whose paragraph holds
// want, 0 if none does.
func versusRank(docs []*corpus.Document, hits []corpus.Hit, want []string) int {
	for i, h := range hits {
		if containsAny(paragraphOf(docs, h), want) {
			return i + 1
		}
	}
	return 0
}
