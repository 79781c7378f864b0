package index

import segment "github.com/blevesearch/scorch_segment_api/v2"

// The per-segment caches (docIDs, filterBits) are keyed by the segment
// objects of one open index: a segment never changes, but every Open maps
// the same files into new objects, and a merge makes new segments. Left to
// the caches' LRU bound, the values of a closed index's segments (ID ranks
// of every document, filter bitmaps) and the segment objects themselves
// stayed reachable, so a process that reopens its index (serve's reloads,
// tests) grew by megabytes per open. The segments an index no longer
// serves are forgotten when it closes and after Compact merges them away.

// forget drops what is kept for segs.
func (c *segmentCache[K, V]) forget(segs []K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range segs {
		delete(c.segs, s)
	}
}

// liveSegments returns the segments of the index's current snapshot; nil
// when it cannot be read (not a scorch index).
func (ix *Index) liveSegments() []segment.Segment {
	snap, done, err := ix.snapshot()
	if err != nil || snap == nil {
		return nil
	}
	defer done()
	var out []segment.Segment
	for _, s := range snap.Segments() {
		out = append(out, s.Segment())
	}
	return out
}

// releaseSegments forgets, in every per-segment cache, the segments of
// segs not in keep (nil: all of them).
func releaseSegments(segs, keep []segment.Segment) {
	kept := make(map[segment.Segment]bool, len(keep))
	for _, s := range keep {
		kept[s] = true
	}
	gone := segs[:0:0]
	for _, s := range segs {
		if !kept[s] {
			gone = append(gone, s)
		}
	}
	docIDs.forget(gone)
	filterBits.forget(gone)
	decodedCache.forget(gone)
}
