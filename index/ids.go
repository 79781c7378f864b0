package index

import (
	"encoding/binary"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	"github.com/blevesearch/vellum"
	zap "github.com/blevesearch/zapx/v17"
)

// Ranking breaks ties of score by record ID (scoreThenID), and records
// matching a query only through a topic or a common word tie by the
// thousand: reading each one's ID from the segment's stored fields was a
// twelfth of such a search. The IDs read are kept per segment (a
// segment's documents never change number or ID), so a tie costs a map
// look-up the next time.
//
// Better still, two records of one segment are ordered by their IDs'
// ranks in the segment's dictionary of IDs, read once per segment
// (idRanks): no stored field is read at all. A search matching thousands
// of records of equal score (a topic, a common word) otherwise read the
// stored fields of each, scattered over the whole file, which a fresh
// process paid in time and in tens of megabytes of the index mapped in.

// maxIDSegments bounds the segments whose IDs are kept, over every open
// index; past it the least recently used go.
const maxIDSegments = 256

// maxSegmentIDs bounds the IDs kept per segment (a few megabytes).
const maxSegmentIDs = 1 << 16

// storedIDReads counts the IDs read from stored fields, for tests.
var storedIDReads atomic.Int64

// docIDs keeps the IDs read, per segment.
var docIDs = newSegmentCache[segment.Segment, segmentIDs](maxIDSegments)

// segmentIDs are the IDs read of one segment's documents, by number, and
// the ranks of all of them once asked for.
type segmentIDs struct {
	mu sync.RWMutex
	m  map[uint64]string
	// ranks is idRanks of the segment, read on first use; nil when it
	// cannot be read that way.
	ranksOnce sync.Once
	ranks     []uint32
}

// snapshotIDs looks up the IDs of one snapshot's documents.
type snapshotIDs struct {
	offsets []uint64 // each segment's first global document number
	segs    []*scorch.SegmentSnapshot
	ids     []*segmentIDs // nil until a segment is first asked
	// rankDir keeps the segments' ranks between processes (see
	// rankcache.go); "" for an index in memory.
	rankDir string
}

// newSnapshotIDs looks up the IDs of snap's documents; rankDir is
// rankCacheDir of the index's directory.
func newSnapshotIDs(snap *scorch.IndexSnapshot, rankDir string) *snapshotIDs {
	segs := snap.Segments()
	return &snapshotIDs{offsets: segmentOffsets(segs), segs: segs, ids: make([]*segmentIDs, len(segs)), rankDir: rankDir}
}

// segmentOf returns the index of the segment holding the document numbered
// num in the snapshot, and its number within that segment.
func (s *snapshotIDs) segmentOf(num uint64) (int, uint64) {
	i := max(0, sortSearch(s.offsets, num))
	return i, num - s.offsets[i]
}

// of returns what is kept of segment i's IDs.
func (s *snapshotIDs) of(i int) *segmentIDs {
	if s.ids[i] == nil {
		s.ids[i] = docIDs.of(s.segs[i].Segment(), func() *segmentIDs { return &segmentIDs{m: map[uint64]string{}} })
	}
	return s.ids[i]
}

// minRankedDocs is the least number of documents of a segment whose ties
// are broken by ranks. A smaller segment's stored IDs are few and close
// together, read once and kept (docIDs), while reading its ranks through
// postings lists (a batch's segment) costs a fresh process 0.4 µs per
// document of every such segment.
const minRankedDocs = 1 << 13

// ranks returns the ranks of segment i's IDs (see idRanks), nil when they
// cannot be read or the segment is small (minRankedDocs).
func (s *snapshotIDs) ranks(i int) []uint32 {
	m := s.of(i)
	m.ranksOnce.Do(func() {
		if seg := s.segs[i].Segment(); seg.Count() >= minRankedDocs {
			m.ranks = cachedIDRanks(s.rankDir, seg)
		}
	})
	return m.ranks
}

// id returns the ID of the document id, as the snapshot's ExternalID does.
func (s *snapshotIDs) id(id bleveindex.IndexInternalID) (string, error) {
	num := id.Value()
	i := sortSearch(s.offsets, num)
	if i < 0 {
		return "", fmt.Errorf("document number %d not found", num)
	}
	local := num - s.offsets[i]
	m := s.of(i)
	m.mu.RLock()
	v, ok := m.m[local]
	m.mu.RUnlock()
	if ok {
		return v, nil
	}
	storedIDReads.Add(1)
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

// idRanks returns, for each document number of seg, the rank of the
// document's ID among the segment's IDs: one document's ID sorts before
// another's (as Go compares strings) exactly when its rank is lower. The
// ranks come from one walk of the segment's dictionary of IDs, which
// lists them in that order, each with the one document holding it (encoded
// in the dictionary itself in a merged segment), so no stored field is
// read. It returns nil for a segment that is not a zap file of the
// version it knows, or whose dictionary of IDs is not that (bytes
// processed by a reader hook, an ID held by several documents, a document
// without one): those are ranked by their IDs read from the stored
// fields instead.
func idRanks(seg segment.Segment) []uint32 {
	zs, ok := unwrapIDFiltered(seg).(*zap.Segment) // idfilter.go
	if !ok || bleveindex.ReaderHook != nil {
		return nil
	}
	fst, err := idDictionary(zs)
	if err != nil {
		return nil
	}
	n := zs.NumDocs()
	if n == 0 || n > 1<<31 {
		return nil
	}
	ranks := make([]uint32, n)
	for i := range ranks {
		ranks[i] = ^uint32(0)
	}
	// A merged segment encodes each ID's one document in the dictionary;
	// a segment built from a batch points to a postings list, read
	// through the dictionary (a look-up per ID).
	var dict segment.TermDictionary
	var pl segment.PostingsList
	var pi segment.PostingsIterator
	it, err := fst.Iterator(nil, nil)
	var rank uint32
	for err == nil {
		k, v := it.Current()
		var num uint64
		if v&zap.FSTValEncodingMask == zap.FSTValEncoding1Hit {
			num, _ = zap.FSTValDecode1Hit(v)
		} else {
			if dict == nil {
				if dict, err = zs.Dictionary("_id"); err != nil {
					return nil
				}
			}
			if num, pl, pi, err = onlyPosting(dict, k, pl, pi); err != nil {
				return nil
			}
		}
		if num >= n || ranks[num] != ^uint32(0) {
			return nil
		}
		ranks[num] = rank
		rank++
		err = it.Next()
	}
	if err != vellum.ErrIteratorDone || uint64(rank) != n {
		return nil
	}
	return ranks
}

// onlyPosting returns the number of the one document holding term in
// dict, reusing pl and pi (returned for the next call); an error when there
// is not exactly one.
func onlyPosting(dict segment.TermDictionary, term []byte, pl segment.PostingsList, pi segment.PostingsIterator) (uint64, segment.PostingsList, segment.PostingsIterator, error) {
	pl, err := dict.PostingsList(term, nil, pl)
	if err != nil {
		return 0, pl, pi, err
	}
	if pl.Count() != 1 {
		return 0, pl, pi, fmt.Errorf("%d documents hold ID %q", pl.Count(), term)
	}
	pi = pl.Iterator(false, false, false, pi)
	p, err := pi.Next()
	if err != nil || p == nil {
		return 0, pl, pi, fmt.Errorf("postings of ID %q: %v", term, err)
	}
	return p.Number(), pl, pi, nil
}

// idDictionary loads the FST of zs's dictionary of IDs (bleve's _id field)
// as zap lays it out: at its address, the FST's length and the FST.
func idDictionary(zs *zap.Segment) (*vellum.FST, error) {
	addr, err := zs.DictAddr("_id")
	if err != nil {
		return nil, err
	}
	data := zs.Data()
	if addr == 0 || addr >= uint64(len(data)) {
		return nil, fmt.Errorf("dictionary of IDs at %d of %d bytes", addr, len(data))
	}
	size, n := binary.Uvarint(data[addr:min(uint64(len(data)), addr+binary.MaxVarintLen64)])
	start := addr + uint64(n)
	if n <= 0 || size == 0 || start+size > uint64(len(data)) {
		return nil, fmt.Errorf("dictionary of IDs: bad length at %d", addr)
	}
	return vellum.Load(data[start : start+size])
}
