package index

import (
	"hash/maphash"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// This file spares a bulk load (Options.Bulk) scorch's look-up of every
// new document's ID in every segment already written.
//
// Why: scorch's Batch asks each segment of the index which of the batch's
// IDs it holds (Segment.DocNumbers, to mark older versions deleted), and
// zap answers by walking its dictionary of IDs once per ID. In a bulk
// load nothing merges segments in the background, so batch k asks k
// segments about every one of its IDs: quadratic in the corpus, 5.5% of
// the CPU of a 100k-item ingest (31 batches), and nearly every answer is
// "none", since a fresh ingest's records are new.
//
// How: while an index is open for a bulk load (the segment config carries
// idFilterKey), each segment the plugin builds or merges gets a set of
// hashes of the IDs it can hold, and answers DocNumbers by handing zap only
// the IDs whose hash is in the set. The set must hold every ID of the
// segment (it may hold more: a merged segment gets the union of its
// inputs', dropped documents included), so an ID left out is one the
// segment does not hold, and the answer is zap's own. The set follows the
// segment from memory to disk: scorch persists an in-memory segment to a
// file (Persist) or merges into a file, then opens that file (OpenUsing),
// so the set is parked under the file's path until it is opened. A
// segment without a set (opened from an index written before, or by a
// process not bulk loading) is zap's own segment, unchanged.

// idFilterKey is the segment config key (scorch's "segmentConfig" runtime
// option, bulkConfig) that turns the ID sets on for an index.
const idFilterKey = "planbot_id_filter"

// idHashSeed hashes IDs for the sets; the sets live in one process only.
var idHashSeed = maphash.MakeSeed()

// idSet holds the hashes of the IDs a segment may hold.
type idSet map[uint64]struct{}

// parkedIDSets are sets of segments written to a file but not yet opened
// from it, by path.
var parkedIDSets sync.Map

// idFiltered says whether config (a scorch segment config) asks for ID
// sets.
func idFiltered(config map[string]interface{}) bool {
	on, _ := config[idFilterKey].(bool)
	return on
}

// newIDSet is the set of the documents' IDs.
func newIDSet(results []bindex.Document) idSet {
	s := make(idSet, len(results))
	for _, d := range results {
		s[maphash.String(idHashSeed, d.ID())] = struct{}{}
	}
	return s
}

// maybeHeld returns the ids whose hash is in s: every one the segment
// holds, and perhaps a few more.
func (s idSet) maybeHeld(ids []string) []string {
	var out []string
	for _, id := range ids {
		if _, ok := s[maphash.String(idHashSeed, id)]; ok {
			out = append(out, id)
		}
	}
	return out
}

// idSetOf returns the set of a segment the plugin gave a set, else nil.
func idSetOf(s segment.Segment) idSet {
	switch s := s.(type) {
	case *idFilteredBase:
		return s.ids
	case *idFilteredSegment:
		return s.ids
	}
	return nil
}

// unwrapIDFiltered returns zap's own segment under a filtered one, for
// zap's merge, which knows only its own types.
func unwrapIDFiltered(s segment.Segment) segment.Segment {
	switch s := s.(type) {
	case *idFilteredBase:
		return s.SegmentBase
	case *idFilteredSegment:
		return s.Segment
	}
	return s
}

// idFilteredBase is an in-memory zap segment with its ID set.
type idFilteredBase struct {
	*zap.SegmentBase
	ids idSet
}

// DocNumbers is zap's, asked only about the IDs the segment may hold.
func (s *idFilteredBase) DocNumbers(ids []string) (*roaring.Bitmap, error) {
	if held := s.ids.maybeHeld(ids); len(held) > 0 {
		return s.SegmentBase.DocNumbers(held)
	}
	return roaring.New(), nil
}

// Persist writes the segment to path and parks its set there for the
// segment scorch opens from that file next.
func (s *idFilteredBase) Persist(path string) error {
	if err := s.SegmentBase.Persist(path); err != nil {
		return err
	}
	parkedIDSets.Store(path, s.ids)
	return nil
}

// idFilteredSegment is a zap segment file with its ID set.
type idFilteredSegment struct {
	*zap.Segment
	ids idSet
}

// DocNumbers is zap's, asked only about the IDs the segment may hold.
func (s *idFilteredSegment) DocNumbers(ids []string) (*roaring.Bitmap, error) {
	if held := s.ids.maybeHeld(ids); len(held) > 0 {
		return s.Segment.DocNumbers(held)
	}
	return roaring.New(), nil
}

// withIDSet gives a segment zap built from results its ID set, when
// config asks for sets.
func withIDSet(seg segment.Segment, results []bindex.Document, config map[string]interface{}) segment.Segment {
	if !idFiltered(config) {
		return seg
	}
	if sb, ok := seg.(*zap.SegmentBase); ok {
		return &idFilteredBase{SegmentBase: sb, ids: newIDSet(results)}
	}
	return seg
}

// openedWithIDSet gives a segment opened from path the set parked there,
// if any.
func openedWithIDSet(seg segment.Segment, path string) segment.Segment {
	v, ok := parkedIDSets.LoadAndDelete(path)
	if !ok {
		return seg
	}
	if zs, ok := seg.(*zap.Segment); ok {
		return &idFilteredSegment{Segment: zs, ids: v.(idSet)}
	}
	return seg
}

// mergedIDSets unwraps segments for zap's merge and, when every one has a
// set, returns their union for the merged segment (nil otherwise: one
// segment without a set may hold any ID).
func mergedIDSets(segments []segment.Segment) ([]segment.Segment, idSet) {
	plain := make([]segment.Segment, len(segments))
	var sets []idSet
	n := 0
	for i, s := range segments {
		plain[i] = unwrapIDFiltered(s)
		if set := idSetOf(s); set != nil {
			sets = append(sets, set)
			n += len(set)
		}
	}
	if len(sets) != len(segments) {
		return plain, nil
	}
	union := make(idSet, n)
	for _, set := range sets {
		for h := range set {
			union[h] = struct{}{}
		}
	}
	return plain, union
}

// OpenUsing is zap's, with the ID set parked for path (see idFilterKey).
func (z *thesaurusZap) OpenUsing(path string, config map[string]interface{}) (segment.Segment, error) {
	seg, err := z.ZapPlugin.OpenUsing(path, config)
	if err != nil {
		return nil, err
	}
	return openedWithIDSet(seg, path), nil
}

// Merge is zap's, over zap's own segments.
func (z *thesaurusZap) Merge(segments []segment.Segment, drops []*roaring.Bitmap, path string,
	closeCh chan struct{}, s segment.StatsReporter) ([][]uint64, uint64, error) {
	return z.MergeUsing(segments, drops, path, closeCh, s, nil)
}

// MergeUsing is zap's, over zap's own segments; when each has an ID set,
// the union is parked for the merged file.
func (z *thesaurusZap) MergeUsing(segments []segment.Segment, drops []*roaring.Bitmap, path string,
	closeCh chan struct{}, s segment.StatsReporter, config map[string]interface{}) ([][]uint64, uint64, error) {
	plain, union := mergedIDSets(segments)
	nums, n, err := z.ZapPlugin.MergeUsing(plain, drops, path, closeCh, s, config)
	if err == nil && union != nil {
		parkedIDSets.Store(path, union)
	}
	return nums, n, err
}
