package index

import (
	"fmt"

	"planbot/corpus"
)

// Counting the records (Index.Count, which the rare-word rule asks once
// per index generation: rarepair.go) was a search matching every
// provision, statement and passage: at 100k items a disjunction walking
// three postings lists of the whole index, about 4% of a fresh process's
// start (`planbot ask`), whose first question pays it. The kinds' bitmaps
// per segment are what the searches' filters read anyway (filterbits.go),
// kept while the segment lives: their union less the segment's deleted
// documents is the same figure at the cost of a few bitmap operations.

// countByBits counts the records of every kind from the segments' filter
// bitmaps; ok is false when the index is not scorch's or a bitmap cannot
// be had (Count then searches).
func (ix *Index) countByBits() (n uint64, ok bool, err error) {
	snap, done, err := ix.snapshot()
	if err != nil || snap == nil {
		return 0, false, err
	}
	defer done()
	kinds := recordKinds("")
	key := fmt.Sprintf("count:%s|%s|%s", corpus.KindProvision, corpus.KindStatement, corpus.KindPassage)
	for _, s := range snap.Segments() {
		bm, ok, err := segmentBitmap(s.Segment(), key, kinds)
		if err != nil || !ok {
			return 0, false, err
		}
		c := bm.rb.GetCardinality()
		if del := s.Deleted(); del != nil {
			c -= bm.rb.AndCardinality(del)
		}
		n += c
	}
	return n, true, nil
}
