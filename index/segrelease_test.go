package index

import (
	"context"
	"testing"

	"planbot/corpus"

	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// held reports whether a per-segment cache keeps a value for seg.
func (c *segmentCache[K, V]) held(seg K) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.segs[seg] != nil
}

// cachedSegments counts the segments of segs that docIDs or filterBits
// keep a value for.
func cachedSegments(segs []segment.Segment) (ids, bits int) {
	for _, s := range segs {
		if docIDs.held(s) {
			ids++
		}
		if filterBits.held(s) {
			bits++
		}
	}
	return ids, bits
}

// decodedSegments counts the segments of segs whose decoded postings
// decodedCache keeps.
func decodedSegments(segs []segment.Segment) (n int) {
	for _, s := range segs {
		if decodedCache.held(s) {
			n++
		}
	}
	return n
}

// TestReopenKeepsCachesFlat: opening an index, searching it (which reads
// its segment's ID ranks and filter bitmaps) and closing it, again and
// again in one process, leaves nothing of the closed index's segments in
// the per-segment caches, so a process that reopens its index (serve's
// reloads) does not grow by the ranks of every document per open. The
// searches are checked to have filled the caches, so the test fails if
// they stop doing so rather than passing vacuously.
func TestReopenKeepsCachesFlat(t *testing.T) {
	ctx := context.Background()
	docs := Synthetic(9000, 5)
	dir := t.TempDir() + "/index"
	ix, err := Open(ctx, Options{Dir: dir}, docs)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		kind corpus.Kind
	}{
		{"nato", corpus.KindProvision},
		{"prisoners exchange", corpus.KindStatement},
		{"nato", corpus.KindProvision},
	} {
		ix, err := Open(ctx, Options{Dir: dir}, docs)
		if err != nil {
			t.Fatal(err)
		}
		segs := ix.liveSegments()
		if _, err := ix.Search(ctx, corpus.Query{Text: tc.text, Kind: tc.kind}); err != nil {
			t.Fatal(err)
		}
		ids, bits := cachedSegments(segs)
		ranked := false
		for _, s := range segs {
			if docIDs.held(s) && s.Count() >= minRankedDocs {
				ranked = ranked || docIDs.of(s, nil).ranks != nil
			}
		}
		if ids == 0 || bits == 0 || !ranked || decodedSegments(segs) == 0 {
			t.Fatalf("%q: open index's %d segments: %d with IDs kept (ranks read: %v), %d with filter bitmaps, %d with decoded postings; the test needs all",
				tc.text, len(segs), ids, ranked, bits, decodedSegments(segs))
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		if ids, bits := cachedSegments(segs); ids != 0 || bits != 0 {
			t.Errorf("%q: closed index's segments still kept: %d with IDs, %d with filter bitmaps", tc.text, ids, bits)
		}
		if n := decodedSegments(segs); n != 0 {
			t.Errorf("%q: closed index's segments still kept: %d with decoded postings", tc.text, n)
		}
	}
}

// TestCompactReleasesMergedSegments: the segments Compact merges away
// are forgotten by the per-segment caches; the merged one is not.
func TestCompactReleasesMergedSegments(t *testing.T) {
	ctx := context.Background()
	ix := diskIndex(t, Synthetic(600, 3), false)
	before := ix.liveSegments()
	if len(before) < 2 {
		t.Fatalf("%d segments before compacting: the test needs several", len(before))
	}
	if _, err := ix.Search(ctx, corpus.Query{Text: "nato", Kind: corpus.KindProvision}); err != nil {
		t.Fatal(err)
	}
	if ids, bits := cachedSegments(before); ids == 0 || bits == 0 {
		t.Fatalf("search kept IDs of %d and filter bitmaps of %d segments: the test needs both", ids, bits)
	}
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	after := ix.liveSegments()
	live := map[segment.Segment]bool{}
	for _, s := range after {
		live[s] = true
	}
	var merged []segment.Segment
	for _, s := range before {
		if !live[s] {
			merged = append(merged, s)
		}
	}
	if len(merged) == 0 {
		t.Fatal("compact merged no segment")
	}
	if ids, bits := cachedSegments(merged); ids != 0 || bits != 0 {
		t.Errorf("merged-away segments still kept: %d with IDs, %d with filter bitmaps", ids, bits)
	}
	if n := decodedSegments(merged); n != 0 {
		t.Errorf("merged-away segments still kept: %d with decoded postings", n)
	}
	if _, err := ix.Search(ctx, corpus.Query{Text: "nato", Kind: corpus.KindProvision}); err != nil {
		t.Fatal(err)
	}
	if ids, _ := cachedSegments(after); ids == 0 {
		t.Error("the merged segment's IDs are not kept after a search")
	}
}
