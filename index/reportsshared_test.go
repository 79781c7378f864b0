package index

import (
	"context"
	"reflect"
	"testing"

	"planbot/corpus"
)

// searchApart is Search as it was before the weighing shared its pass:
// the records' search, then the passage search on its own
// (recordsOrReports). The reference the shared weighing must equal.
func (ix *Index) searchApart(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	var key answerKey
	res, err := ix.search(ctx, q, &key)
	if err != nil {
		return res, err
	}
	return ix.recordsOrReports(ctx, q, res, key)
}

// TestWeighedInOnePass: Search and SearchAll weigh a provision or
// statement question against the reports in the pass that answers it
// (sharedWithReports), and answer exactly what the records' search and a
// passage search of its own answered (searchApart): hits, scores,
// snippets, totals, the records given up for the reports included. The
// questions in English and German come from the weighing's own fixtures
// (some answered by the reports, some by the records, one by nothing)
// and the synthetic corpus. Each weighed question the records answer
// takes fewer passes over the postings than apart (textPasses), and
// /provision's pair of queries (points and statements) one pass in all
// where each was answered on the exact path. Without the shared pass,
// Search takes one pass more, and SearchAll three more for the pair.
func TestWeighedInOnePass(t *testing.T) {
	ctx := context.Background()
	sets := []struct {
		name  string
		docs  []*corpus.Document
		texts []string
	}{
		{"reports", parseRelevanceDocs(t, "testdata/rankreports/*.md", 4), []string{
			"council chaired president voting rules", "Friedensrat Stimmengleichheit Vorsitz Präsident",
			"council chaired by the president monitors agreement", "Friedensrat Vorsitz Präsident überwacht Abkommen",
			"armed forces capped 600,000", "bitcoin price today", "voting rules", "zelenksy council",
		}},
		{"synthetic", Synthetic(2000, 3), append([]string{"prisoners", "detainees", "what did kovalenko say", "negotiations"}, BenchQueries[:6]...)},
	}
	emptied, onePass := 0, 0
	for _, set := range sets {
		ix, err := Open(ctx, Options{}, set.docs)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		for _, text := range set.texts {
			pair := []corpus.Query{
				{Text: text, Kind: corpus.KindProvision, Limit: 5},
				{Text: text, Kind: corpus.KindStatement, Limit: 2},
			}
			exact := true
			for _, q := range pair {
				p0 := textPasses.Load()
				want, err := ix.searchApart(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				apart := textPasses.Load() - p0
				var key answerKey
				p0 = textPasses.Load()
				alone, err := ix.search(ctx, q, &key)
				if err != nil {
					t.Fatal(err)
				}
				exact = exact && textPasses.Load()-p0 == 1
				p0 = textPasses.Load()
				got, err := ix.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				passes := textPasses.Load() - p0
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %q %s: Search\n got %+v\nwant %+v", set.name, text, q.Kind, got, want)
				}
				if len(alone.Hits) > 0 && len(want.Hits) == 0 {
					emptied++
				}
				if len(alone.Hits) > 0 && !key.named && passes >= apart {
					t.Errorf("%s %q %s: %d passes over the postings, %d apart: the weighing took a pass of its own", set.name, text, q.Kind, passes, apart)
				}
			}
			p0 := textPasses.Load()
			got, err := ix.SearchAll(ctx, pair)
			if err != nil {
				t.Fatal(err)
			}
			passes := textPasses.Load() - p0
			for i, q := range pair {
				want, err := ix.searchApart(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got[i], want) {
					t.Errorf("%s %q %s: SearchAll\n got %+v\nwant %+v", set.name, text, q.Kind, got[i], want)
				}
			}
			if exact {
				onePass++
				if passes != 1 {
					t.Errorf("%s %q: SearchAll took %d passes over the postings for points and statements, want 1", set.name, text, passes)
				}
			}
		}
	}
	// The tables must reach what they test: records given up for the
	// reports, and pairs answered on the exact path.
	if emptied == 0 || onePass == 0 {
		t.Errorf("%d questions answered from the reports, %d pairs on the exact path: the tables test nothing", emptied, onePass)
	}
}
