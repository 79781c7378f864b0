package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestDeterministicAcrossChunkings: two indexes of the same corpus, one
// built in a single batch and one from many small Adds (several segments,
// merged by scorch in the background at its own pace), answer every query
// with the same hits in the same order. The synthetic records repeat the
// same sentences, so many hits tie on score, at the cut-off of the fetched
// page too: which of them make the page must not depend on bleve's
// document numbers, which differ between the two builds. Queries cover the
// exact search, the fuzzy one (typos), filters and paging.
func TestDeterministicAcrossChunkings(t *testing.T) {
	t.Parallel() // builds and reads its own indexes only: it may run beside the other parallel tests, after the serial ones that switch package-level scorers
	ctx := context.Background()
	docs := append(testDocs(t), Synthetic(1500, 17)...)
	whole, err := Open(ctx, Options{Dir: t.TempDir() + "/whole"}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	chunked, err := Open(ctx, Options{Dir: t.TempDir() + "/chunked"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chunked.Close()
	// Reverse order, in chunks of one to three documents.
	for i := len(docs); i > 0; {
		n := min(1+i%3, i)
		if err := chunked.Add(ctx, docs[i-n:i]...); err != nil {
			t.Fatal(err)
		}
		i -= n
	}

	texts := append([]string{"prisoners", "POWs", "Sicherheitsgarantien", "sanctons lifted", "zaporizhia plant",
		"kyiv donbas", "ZNPP", "Dnepr commercial shipping", "hold elections", "would guarantee"}, BenchQueries...)
	plan := Synthetic(1, 17)[0].Source.Plan
	var queries []corpus.Query
	for _, text := range texts {
		queries = append(queries,
			corpus.Query{Text: text},
			corpus.Query{Text: text, Limit: 3},
			corpus.Query{Text: text, Limit: 5, Offset: 5},
			corpus.Query{Text: text, Kind: corpus.KindProvision, Limit: 4},
			corpus.Query{Text: text, Kind: corpus.KindStatement, Plan: plan, Limit: 4},
			corpus.Query{Text: text, Kind: corpus.KindPassage, Limit: 7},
		)
	}
	differ, found := 0, 0
	for _, q := range queries {
		a, err := whole.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		b, err := chunked.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		fa, fb := fingerprintResults(a), fingerprintResults(b)
		if len(a.Hits) > 0 {
			found++
		}
		if fa != fb {
			differ++
			if differ <= 5 {
				t.Errorf("%+v:\none batch %s\nchunked   %s", q, fa, fb)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d queries answer differently", differ, len(queries))
	}
	if found < len(queries)/2 {
		t.Errorf("only %d of %d queries found anything: the comparison is too weak", found, len(queries))
	}
}
