package index

import (
	"context"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"

	"planbot/corpus"
)

// compactedIndex is an on-disk index of docs added a few at a time, then
// compacted into one segment file.
func compactedIndex(t *testing.T, docs []*corpus.Document) *Index {
	return diskIndex(t, docs, true)
}

// diskIndex is an on-disk index of docs added a few at a time, compacted
// or left in the segments of its batches.
func diskIndex(t *testing.T, docs []*corpus.Document, compact bool) *Index {
	t.Helper()
	ctx := context.Background()
	ix, err := Open(ctx, Options{Dir: t.TempDir() + "/index"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for i := 0; i < len(docs); i += 40 {
		if err := ix.Add(ctx, docs[i:min(i+40, len(docs))]...); err != nil {
			t.Fatal(err)
		}
	}
	if !compact {
		return ix
	}
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	return ix
}

// snapshot returns ix's current scorch snapshot, closed with the test.
func snapshot(t *testing.T, ix *Index) *scorch.IndexSnapshot {
	t.Helper()
	adv, err := ix.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		t.Fatalf("reader is %T, want a scorch snapshot", r)
	}
	return snap
}

// TestIDRanks checks that the ranks read from a segment's dictionary of
// IDs order its documents as their stored IDs do, for two corpora, in a
// merged segment (whose dictionary holds each ID's document) and in the
// segments of batches (whose dictionary points to postings lists).
func TestIDRanks(t *testing.T) {
	for _, tc := range []struct {
		name    string
		docs    func(t *testing.T) []*corpus.Document
		compact bool
	}{
		{"synthetic compacted", func(*testing.T) []*corpus.Document { return Synthetic(300, 11) }, true},
		{"fixtures compacted", func(t *testing.T) []*corpus.Document { return testDocs(t) }, true},
		{"synthetic batches", func(*testing.T) []*corpus.Document { return Synthetic(300, 11) }, false},
		{"fixtures batches", func(t *testing.T) []*corpus.Document { return testDocs(t) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := diskIndex(t, tc.docs(t), tc.compact)
			ranked := 0
			for _, s := range snapshot(t, ix).Segments() {
				ranks := idRanks(s.Segment())
				if ranks == nil {
					continue
				}
				ranked++
				n := s.Segment().Count()
				if uint64(len(ranks)) != n {
					t.Fatalf("%d ranks for %d documents", len(ranks), n)
				}
				nums := make([]uint64, n)
				ids := make([]string, n)
				for i := range nums {
					nums[i] = uint64(i)
					b, err := s.DocID(uint64(i))
					if err != nil {
						t.Fatal(err)
					}
					ids[i] = string(b)
				}
				byRank := slices.Clone(nums)
				slices.SortFunc(byRank, func(a, b uint64) int { return int(ranks[a]) - int(ranks[b]) })
				slices.SortFunc(nums, func(a, b uint64) int { return compareStrings(ids[a], ids[b]) })
				if !slices.Equal(byRank, nums) {
					t.Fatalf("documents by rank %v, by ID %v", byRank[:min(10, len(byRank))], nums[:min(10, len(nums))])
				}
			}
			if ranked == 0 {
				t.Fatal("no segment of the index has ranks")
			}
		})
	}
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestTiesReadNoStoredIDs checks that a ranked search whose matches tie on
// score by the hundred reads from the stored fields the IDs of the hits it
// returns, not those of every tied match, on a compacted index, for two
// queries, and returns bleve's page.
func TestTiesReadNoStoredIDs(t *testing.T) {
	ctx := context.Background()
	ix := compactedIndex(t, Synthetic(9000, 5))
	if n := snapshot(t, ix).Segments()[0].Count(); n < minRankedDocs {
		t.Fatalf("compacted segment of %d documents: too small for ranks", n)
	}
	als := ix.analyzersInUse()
	for _, tc := range []struct {
		text string
		kind corpus.Kind
	}{
		{"nato", corpus.KindProvision},
		{"prisoners exchange", corpus.KindStatement},
	} {
		text := normalizeQuery(tc.text)
		ex, err := ix.knownTerms(ctx, als, ix.queryTerms(als, text))
		if err != nil {
			t.Fatal(err)
		}
		tq := ix.textQuery(text, tc.kind, als, ex.phrases, ex.boost, ex.topics, false)
		req, err := ix.request(ctx, tq, filters(corpus.Query{Kind: tc.kind}, true, false), 10)
		if err != nil {
			t.Fatal(err)
		}
		docIDs.clearAll()
		before := storedIDReads.Load()
		sr, err := ix.run(ctx, req, hitFields(als))
		if err != nil {
			t.Fatal(err)
		}
		read := storedIDReads.Load() - before
		ties := 0
		for i := 1; i < len(sr.Hits); i++ {
			if sr.Hits[i].Score == sr.Hits[i-1].Score {
				ties++
			}
		}
		if sr.Total < 100 || ties == 0 {
			t.Fatalf("%q: %d matches, %d ties on the page: want a query whose matches tie by the hundred", tc.text, sr.Total, ties)
		}
		if read > int64(len(sr.Hits)) {
			t.Errorf("%q: %d IDs read from stored fields for %d hits of %d matches", tc.text, read, len(sr.Hits), sr.Total)
		}
		// The ranks order ties as bleve's sort by ID does.
		breq, err := ix.request(ctx, tq, filters(corpus.Query{Kind: tc.kind}, true, false), 10)
		if err != nil {
			t.Fatal(err)
		}
		breq.SortBy(scoreThenID)
		want, err := ix.idx.SearchInContext(ctx, breq)
		if err != nil {
			t.Fatal(err)
		}
		if want.Total != sr.Total || len(want.Hits) != len(sr.Hits) {
			t.Fatalf("%q: %d hits of %d, bleve %d of %d", tc.text, len(sr.Hits), sr.Total, len(want.Hits), want.Total)
		}
		for i, h := range sr.Hits {
			if w := want.Hits[i]; h.ID != w.ID || h.Score != w.Score {
				t.Fatalf("%q hit %d: %s %v, bleve %s %v", tc.text, i, h.ID, h.Score, w.ID, w.Score)
			}
		}
	}
}

// TestRunMatchesBleveMixedSegments checks run against bleve on an index of
// one segment large enough for ID ranks, with deleted records, beside
// small segments without ranks: hits are kept per segment and merged.
func TestRunMatchesBleveMixedSegments(t *testing.T) {
	ctx := context.Background()
	ix := compactedIndex(t, Synthetic(9000, 5))
	// Documents of the same IDs replace some of the large segment's.
	for _, docs := range [][]*corpus.Document{Synthetic(120, 9), testDocs(t)} {
		if err := ix.Add(ctx, docs...); err != nil {
			t.Fatal(err)
		}
	}
	segs := snapshot(t, ix).Segments()
	large := 0
	for _, s := range segs {
		if s.Segment().Count() >= minRankedDocs {
			large++
		}
	}
	if large != 1 || len(segs) < 2 {
		t.Fatalf("%d segments, %d large: want one large and small ones", len(segs), large)
	}
	checkRunMatchesBleve(t, ix)
}
