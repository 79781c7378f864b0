package index

import (
	"fmt"
	"sync"
	"sync/atomic"

	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Decoded postings. The walk (flatwalk.go) moves every term's postings to
// each candidate; through zap's iterator each move decodes varint chunks
// and each score reads a norm, and each search opens an iterator per term
// and segment: together the larger part of a search's time. The words
// people search for repeat (a bot's commands ask about the same plans,
// parties and topics all day), and a segment never changes, so a term's
// postings in a segment are decoded once into plain arrays (document,
// frequency, norm) and kept: a move is then a galloping search in an
// array, and the norm is at hand. The arrays hold the same numbers zap
// gives, so every score is the same bits.
//
// Deleted documents are left in (a segment's deletions grow while it is
// kept): the walk moves postings only to candidates, never deleted, so a
// deleted posting is never scored, only stepped over.

// decodedPostings are one term's postings in one segment, in document
// order.
type decodedPostings struct {
	docs  []uint32
	freqs []uint32
	norms []float32
	// peaks are the (frequency, norm) pairs no posting beats on both
	// (maxscore.go).
	peaks []peak
	// lens are the postings' BM25 length factors for the last average
	// field length asked (flatlength.go).
	lens atomic.Pointer[lengthFactors]
}

// decodedKey names a term of a field.
type decodedKey struct{ field, term string }

// segmentDecoded are the decoded postings kept of one segment, and their
// number (the budget).
type segmentDecoded struct {
	mu       sync.Mutex
	m        map[decodedKey]*decodedPostings
	postings int
}

// maxDecodedSegments bounds the segments whose postings are kept, over
// every open index; maxDecodedPostings bounds the postings kept per
// segment (12 bytes each: 24 MB at most), and a segment that reaches it
// starts over, so a shift in what is asked is followed.
const (
	maxDecodedSegments = 16
	maxDecodedPostings = 1 << 21
)

var decodedCache = newSegmentCache[segment.Segment, segmentDecoded](maxDecodedSegments)

// postingsDecoding turns decoded postings on; tests turn it off to
// compare. decodedReads counts the postings lists decoded.
var (
	postingsDecoding = true
	decodedReads     atomic.Int64
)

// decode sets, for the segment seg of the walk (s), the decoded postings
// of every distinct term of m that has any there.
func (m *flatModel) decode(s segment.Segment, seg int) error {
	if !postingsDecoding {
		return nil
	}
	var sd *segmentDecoded
	for _, p := range m.distinct {
		if p.lists[seg] == nil || p.decs != nil && p.decs[seg] != nil {
			continue
		}
		if sd == nil {
			sd = decodedCache.of(s, func() *segmentDecoded {
				return &segmentDecoded{m: map[decodedKey]*decodedPostings{}}
			})
		}
		d, err := sd.get(s, p.field, p.text, p.lists[seg].Count())
		if err != nil {
			return err
		}
		if p.decs == nil {
			p.decs = make([]*decodedPostings, len(p.lists))
		}
		p.decs[seg] = d
	}
	return nil
}

// get returns the decoded postings of term in field of s, decoding them on
// first need; count is how many the walk's list holds (without deleted
// ones), to keep a list past the budget from being decoded only to be
// dropped.
func (sd *segmentDecoded) get(s segment.Segment, field, term string, count uint64) (*decodedPostings, error) {
	key := decodedKey{field: field, term: term}
	sd.mu.Lock()
	d := sd.m[key]
	sd.mu.Unlock()
	if d != nil {
		return d, nil
	}
	if count > maxDecodedPostings {
		return nil, nil
	}
	d, err := decodePostings(s, field, term)
	if err != nil {
		return nil, err
	}
	decodedReads.Add(1)
	sd.mu.Lock()
	defer sd.mu.Unlock()
	if kept := sd.m[key]; kept != nil {
		return kept, nil // another search decoded it meanwhile
	}
	if sd.postings+len(d.docs) > maxDecodedPostings {
		clear(sd.m)
		sd.postings = 0
	}
	sd.m[key] = d
	sd.postings += len(d.docs)
	return d, nil
}

// decodePostings reads every posting of term in field of s, deleted ones
// included.
func decodePostings(s segment.Segment, field, term string) (*decodedPostings, error) {
	dict, err := s.Dictionary(field)
	if err != nil {
		return nil, fmt.Errorf("terms of %s: %w", field, err)
	}
	pl, err := dict.PostingsList([]byte(term), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("term %q in %s: %w", term, field, err)
	}
	n := int(pl.Count())
	d := &decodedPostings{docs: make([]uint32, 0, n), freqs: make([]uint32, 0, n), norms: make([]float32, 0, n)}
	it := pl.Iterator(true, true, false, nil)
	for {
		p, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("postings of %q in %s: %w", term, field, err)
		}
		if p == nil {
			d.peaks = peaksOf(d.freqs, d.norms)
			return d, nil
		}
		d.docs = append(d.docs, uint32(p.Number()))
		d.freqs = append(d.freqs, uint32(p.Frequency()))
		d.norms = append(d.norms, float32(p.Norm()))
	}
}

// advanceDecoded is advance over decoded postings: it gallops from the
// posting p is on to the first at or after doc.
func (p *flatPostings) advanceDecoded(doc uint64) {
	docs := p.dec.docs
	target := uint32(doc - p.offsets[p.seg])
	i := p.i
	if i < len(docs) && docs[i] < target {
		// Gallop while docs[i] < target, then search the last step.
		step := 1
		for i+step < len(docs) && docs[i+step] < target {
			i += step
			step <<= 1
		}
		// docs[i] < target <= docs[hi] (or hi is the end): the first at
		// or after target is in (i, hi], found by halving (sort.Search's
		// answer, without a call per probe).
		lo, hi := i+1, min(i+step, len(docs))
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if docs[mid] < target {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		i = lo
	}
	if i >= len(docs) {
		p.done = true
		return
	}
	p.i, p.at = i, true
	p.cur = p.offsets[p.seg] + uint64(docs[i])
	// Frequency and norm are not read here: a term scores the posting
	// from its factors at p.i (flatlength.go), and most postings moved
	// to are not scored.
}
