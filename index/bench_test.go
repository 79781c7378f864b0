package index

import (
	"context"
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"planbot/corpus"
)

// benchIndex builds an on-disk index of n synthetic records.
func benchIndex(b *testing.B, n int) *Index {
	b.Helper()
	ix, err := Open(context.Background(), Options{Dir: b.TempDir() + "/index"}, Synthetic(n, 1))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix
}

// BenchmarkIndex measures Add of 10k synthetic records into a fresh
// on-disk index (items/s is reported).
func BenchmarkIndex(b *testing.B) {
	docs := Synthetic(10000, 1)
	for b.Loop() {
		b.StopTimer()
		ix, err := Open(context.Background(), Options{Dir: b.TempDir() + "/index"}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := ix.Add(context.Background(), docs...); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(10000*b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkSearch is the full Search (synonyms, relevance rule, stored
// fields, snippets) against BenchmarkBleveMatch, a bare match query on the
// same index returning IDs only, at two corpus sizes: the cost of Search's
// extra work on one index. The fair head-to-head against a separate plain
// bleve index, with generated queries, is in package perf.
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix := benchIndex(b, n)
			i := 0
			for b.Loop() {
				if _, err := ix.Search(context.Background(), corpus.Query{Text: BenchQueries[i%len(BenchQueries)]}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

func BenchmarkBleveMatch(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix := benchIndex(b, n)
			i := 0
			for b.Loop() {
				mq := query.NewMatchQuery(BenchQueries[i%len(BenchQueries)])
				mq.SetField(textField(analyzerFor(defaultLang)))
				if _, err := ix.idx.Search(bleve.NewSearchRequest(mq)); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
