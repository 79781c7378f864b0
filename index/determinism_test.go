package index

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"planbot/corpus"
)

// deterministicQueries mix the kinds of query whose ranking once changed
// from run to run: synonyms ("prisoners" also looks for POWs), other
// languages, topics and typos.
var deterministicQueries = []string{
	"prisoners", "prisoners of war", "POWs", "security guarantees", "Sicherheitsgarantien", "frozen assets",
	"sanctions", "detainees", "territory", "ceasefire", "nato", "zelenksy", "kyiv donbas", "army size",
	"elections in 100 days", "ZNPP", "Dnepr commercial shipping",
}

// fingerprintResults is the order of the hits and their scores, to compare
// runs.
func fingerprintResults(r corpus.Results) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:", r.Total)
	for _, h := range r.Hits {
		fmt.Fprintf(&b, " %s/%v", h.ID, h.Score)
	}
	return b.String()
}

// TestDeterministic: the same corpus and query give the same hits, in the
// same order, with the same scores, on every run: repeated on one index
// while other goroutines search it, and on indexes built anew: in one batch,
// and from the documents added one at a time in different orders (so
// scorch holds and merges different segments at its own pace). Scores once
// changed with those merges (see stats.go).
func TestDeterministic(t *testing.T) {
	t.Parallel() // builds and reads its own indexes only: it may run beside the other parallel tests, after the serial ones that switch package-level scorers
	ctx := context.Background()
	docs := append(testDocs(t), relevanceDocs(t)...)
	want := map[string]string{}
	for build := 0; build < 3; build++ {
		// The first build indexes the documents in one batch (one
		// segment); the others add them one by one (a segment each, which
		// scorch merges in the background at its own pace) in other orders.
		var first []*corpus.Document
		if build == 0 {
			first = docs
		}
		ix, err := Open(ctx, Options{}, first)
		if err != nil {
			t.Fatal(err)
		}
		for i := range docs {
			if build == 0 {
				break
			}
			d := docs[(i*(2*build+1)+build)%len(docs)]
			if build == 1 {
				d = docs[len(docs)-1-i]
			}
			if err := ix.Add(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		// Concurrent load: searches racing the ones checked.
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := g; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					if _, err := ix.Search(ctx, corpus.Query{Text: BenchQueries[i%len(BenchQueries)]}); err != nil {
						t.Errorf("load: %v", err)
						return
					}
				}
			}(g)
		}
		for rep := 0; rep < 10; rep++ {
			for _, q := range deterministicQueries {
				res, err := ix.Search(ctx, corpus.Query{Text: q})
				if err != nil {
					t.Fatal(err)
				}
				got := fingerprintResults(res)
				if w, ok := want[q]; !ok {
					want[q] = got
				} else if got != w {
					t.Errorf("build %d, run %d: Search(%q) =\n%s\nwant (first run)\n%s", build, rep, q, got, w)
				}
			}
		}
		close(stop)
		wg.Wait()
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.Contains(want["prisoners"], "/") {
		t.Errorf("Search(prisoners) found nothing: %s", want["prisoners"])
	}
}

// TestPrisonersFindsPOWs: the "prisoners -> POWs" rule, back now that
// rankings are deterministic: a record saying only "POWs" or "prisoners of
// war" is found by "prisoners"; the reverse does not hold for civilians.
func TestPrisonersFindsPOWs(t *testing.T) {
	ix := sharedIndex(t)
	res, err := ix.Search(context.Background(), corpus.Query{Text: "prisoners", Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range res.Hits {
		if strings.Contains(h.Text, "POWs") && !strings.Contains(strings.ToLower(h.Text), "prisoner") {
			found = true
		}
	}
	if !found {
		t.Errorf("Search(prisoners) finds no record that says only POWs: %d hits", len(res.Hits))
	}
}
