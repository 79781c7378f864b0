package index

import (
	"context"
	"runtime"
	"slices"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"planbot/corpus"
)

// TestDenseSetOps checks the dense sets' operations against roaring's on
// small and large bitmaps (a large one holds bitmap containers, which
// WriteDenseTo copies rather than adds): union, intersection, count and
// the walk's step to the next record.
func TestDenseSetOps(t *testing.T) {
	const n = 200_000
	words := (n + 63) / 64
	small := roaring.BitmapOf(3, 64, 65, 70_000, 199_999)
	large := roaring.New()
	for v := uint32(0); v < n; v += 3 {
		large.Add(v)
	}
	run := roaring.New()
	run.AddRange(100, 90_000)
	run.RunOptimize()
	for _, c := range []struct {
		name string
		a, b *roaring.Bitmap
	}{
		{"small and large", small, large},
		{"large and run", large, run},
		{"run and small", run, small},
		{"empty and small", roaring.New(), small},
	} {
		ds := &denseSets{words: words}
		tmp := ds.get()
		a, b := ds.get(), ds.get()
		a.orBitmap(c.a, tmp)
		b.orBitmap(c.b, tmp)
		if tmp.count() != 0 {
			t.Fatalf("%s: the scratch set was left with %d records", c.name, tmp.count())
		}
		u := ds.get()
		u.or(a)
		u.or(b)
		both := ds.get()
		got := both.andOf(a, b)
		want := roaring.And(c.a, c.b)
		if got != want.GetCardinality() || u.count() != roaring.Or(c.a, c.b).GetCardinality() {
			t.Fatalf("%s: and %d or %d, want %d and %d", c.name, got, u.count(), want.GetCardinality(), roaring.Or(c.a, c.b).GetCardinality())
		}
		var walked []uint32
		for pos := uint32(0); ; {
			v, ok := both.next(pos)
			if !ok {
				break
			}
			walked, pos = append(walked, v), v+1
		}
		if !slices.Equal(walked, want.ToArray()) {
			t.Fatalf("%s: walked %d records, want %d", c.name, len(walked), want.GetCardinality())
		}
		ds.release()
	}
}

// mixedDiskIndex is an on-disk index of 3,000 English and 2,000 German
// synthetic documents and the small plan's records indexed twice (the
// first copy deleted), in the segments of its batches or compacted: the
// walks' equivalence tests search it, and it is built once for them
// (sharedDiskIndex).
func mixedDiskIndex(t *testing.T, compact bool) *Index {
	return sharedDiskIndex(t, "synthetic en 3000/17, de 2000/17, small plan twice", func() []*corpus.Document {
		docs := append(append(Synthetic(3000, 17), germanDocs(2000, 17)...), smallPlanDocs()...)
		return append(docs, smallPlanDocs()...) // indexed again: deleted records
	}, compact)
}

// mixedTexts are queries in both of mixedDiskIndex's languages whose words
// match thousands of its records; mixedQueries asks each in the three
// shapes the router sends (any kind, one plan's provisions, a page of
// statements). TestDenseWalkSame and TestDecodedSameAsIterator compare
// their answers with a setting on and off.
var mixedTexts = []string{
	"talks on a ceasefire",
	"security guarantees in further negotiations",
	"Gespräche über einen Waffenstillstand",
	"Sicherheitsgarantien für die Ukraine",
}

func mixedQueries(text string) []corpus.Query {
	return []corpus.Query{
		{Text: text, Limit: 5},
		{Text: text, Kind: corpus.KindProvision, Plan: "Alpine draft", Limit: 3},
		{Text: text, Kind: corpus.KindStatement, Limit: 2, Offset: 1},
	}
}

// TestDenseWalkSame: walks on dense sets visit the candidates the bitmaps
// gave, so searches and shared searches return the same hits, scores and
// totals, for English and German queries whose words match thousands of
// records, on an index of several segments with deleted records and on
// the same index compacted.
func TestDenseWalkSame(t *testing.T) {
	ctx := context.Background()
	defer func() { denseWalk = true }()
	for _, compact := range []bool{false, true} {
		ix := mixedDiskIndex(t, compact)
		for _, text := range mixedTexts {
			qs := mixedQueries(text)
			denseWalk = false
			want := searchEach(ctx, t, ix, qs)
			denseWalk = true
			sameAsBefore(ctx, t, ix, qs, want)
			// And the walk allocates less: its sets come from a pool.
			allocated := func(dense bool) uint64 {
				denseWalk = dense
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for range 5 {
					if _, err := ix.SearchAll(ctx, qs); err != nil {
						t.Fatal(err)
					}
				}
				runtime.ReadMemStats(&after)
				return after.TotalAlloc - before.TotalAlloc
			}
			allocated(true) // the pool filled
			if d, b := allocated(true), allocated(false); d >= b {
				t.Errorf("compacted %v, %q: %d bytes allocated with dense sets, %d with bitmaps; want fewer", compact, text, d, b)
			}
			denseWalk = true
		}
	}
}
