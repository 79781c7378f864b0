package index

import (
	"context"
	"fmt"
	"testing"

	"planbot/corpus"
)

// smallPlanDocs are two invented reports of a plan only they mention, one
// in English and one in German, whose points use the corpus's common words:
// a filter on that plan keeps a handful of the thousands of records those
// words match.
func smallPlanDocs() []*corpus.Document {
	texts := map[string][]string{
		"en": {
			"The parties shall hold talks on a ceasefire along the whole front line.",
			"Security guarantees for Ukraine are to be agreed in further talks.",
			"Prisoners are exchanged all for all within a month of the ceasefire.",
		},
		"de": {
			"Die Parteien führen Gespräche über einen Waffenstillstand an der gesamten Front.",
			"Sicherheitsgarantien für die Ukraine werden in weiteren Gesprächen vereinbart.",
		},
	}
	var docs []*corpus.Document
	for _, lang := range []string{"en", "de"} {
		src := corpus.Source{ID: "alpine-" + lang, Title: "The Alpine draft (" + lang + ")", Outlet: "Invented Wire",
			URL: "https://example.org/alpine/" + lang, Published: "2025-11-30", Lang: lang, Plan: "Alpine draft", Hash: "alpine" + lang}
		d := &corpus.Document{Source: src}
		for i, t := range texts[lang] {
			d.Provisions = append(d.Provisions, corpus.Provision{ID: fmt.Sprintf("%s-p%d", src.ID, i), SourceID: src.ID,
				Plan: src.Plan, Number: i + 1, Text: t, Topics: []string{"negotiations"}, Position: i})
		}
		docs = append(docs, d)
	}
	return docs
}

// TestWalkGroupsSkipApart: in a shared search whose filters keep very
// different numbers of records (every provision; the few points of a
// small plan; the statements), each filter skips by its own threshold and
// walks only the records it keeps, and every query still gets the hits,
// scores and total it gets alone without skipping. Before, a filter whose
// page never filled held every other filter to scoring every match.
func TestWalkGroupsSkipApart(t *testing.T) {
	ctx := context.Background()
	docs := append(Synthetic(6000, 7), smallPlanDocs()...)
	cases := []struct {
		name, text string
	}{
		{"common words", "talks on a ceasefire"},
		{"other wording", "security guarantees in further negotiations"},
		{"german", "Gespräche über einen Waffenstillstand"},
		{"one rare word beside a common one", "prisoners talks"},
	}
	for _, compact := range []bool{false, true} {
		ix := diskIndex(t, docs, compact)
		var skipped int64
		for _, c := range cases {
			qs := []corpus.Query{
				{Text: c.text, Kind: corpus.KindProvision, Limit: 3},
				{Text: c.text, Kind: corpus.KindProvision, Plan: "Alpine draft", Limit: 3},
				{Text: c.text, Kind: corpus.KindStatement, Limit: 2},
			}
			flatSkipping = false
			want := searchEach(ctx, t, ix, qs)
			flatSkipping = true
			before := flatSkips.Load()
			got, err := ix.SearchAll(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			skipped += flatSkips.Load() - before
			for i, q := range qs {
				sameResults(t, c.name+" SearchAll", q, got[i], want[i])
				one, err := ix.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				sameResults(t, c.name+" Search", q, one, want[i])
			}
		}
		if skipped == 0 {
			t.Errorf("compacted %v: no shared search skipped, want the full filters to skip beside the small one", compact)
		}
	}
}
