package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Ranking breaks ties of score by record ID (scoreThenID), and records
// matching a query only through a topic or a common word tie by the
// thousand: reading each one's ID from the segment's stored fields was a
// twelfth of such a search. The IDs read are kept per segment (a
// segment's documents never change number or ID), so a tie costs a map
// look-up the next time.

// maxIDSegments bounds the segments whose IDs are kept, over every open
// index; past it the least recently used go.
const maxIDSegments = 256

// maxSegmentIDs bounds the IDs kept per segment (a few megabytes).
const maxSegmentIDs = 1 << 16

// docIDs keeps the IDs read, per segment.
var docIDs = newSegmentCache[segment.Segment, segmentIDs](maxIDSegments)

// segmentIDs are the IDs read of one segment's documents, by number.
type segmentIDs struct {
	mu sync.RWMutex
	m  map[uint64]string
}

// snapshotIDs looks up the IDs of one snapshot's documents.
type snapshotIDs struct {
	offsets []uint64 // each segment's first global document number
	segs    []*scorch.SegmentSnapshot
	ids     []*segmentIDs // nil until a segment is first asked
}

func newSnapshotIDs(snap *scorch.IndexSnapshot) *snapshotIDs {
	segs := snap.Segments()
	return &snapshotIDs{offsets: segmentOffsets(segs), segs: segs, ids: make([]*segmentIDs, len(segs))}
}

// id returns the ID of the document id, as the snapshot's ExternalID does.
func (s *snapshotIDs) id(id bleveindex.IndexInternalID) (string, error) {
	num := id.Value()
	i := sortSearch(s.offsets, num)
	if i < 0 {
		return "", fmt.Errorf("document number %d not found", num)
	}
	local := num - s.offsets[i]
	if s.ids[i] == nil {
		s.ids[i] = docIDs.of(s.segs[i].Segment(), func() *segmentIDs { return &segmentIDs{m: map[uint64]string{}} })
	}
	m := s.ids[i]
	m.mu.RLock()
	v, ok := m.m[local]
	m.mu.RUnlock()
	if ok {
		return v, nil
	}
	b, err := s.segs[i].DocID(local)
	if err != nil {
		return "", err
	}
	if b == nil {
		return "", fmt.Errorf("document number %d not found", num)
	}
	v = string(b)
	m.mu.Lock()
	if len(m.m) >= maxSegmentIDs {
		clear(m.m)
	}
	m.m[local] = v
	m.mu.Unlock()
	return v, nil
}
