package index

import (
	"context"
	"math/rand"
	"testing"
)

// TestAdvanceDecoded moves decoded postings to increasing targets, near
// and far (the gallop's short and long steps), and checks each stop
// against a plain scan: the first posting at or after the target (and its
// place in the arrays), or done.
func TestAdvanceDecoded(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for _, c := range []struct {
		name      string
		n, spread int
	}{
		{"dense", 500, 2},
		{"sparse", 300, 400},
		{"one", 1, 10},
	} {
		d := &decodedPostings{}
		at := uint32(r.Intn(c.spread))
		for i := 0; i < c.n; i++ {
			d.docs = append(d.docs, at)
			d.freqs = append(d.freqs, uint32(i+1))
			d.norms = append(d.norms, float32(1)/float32(i+1))
			at += 1 + uint32(r.Intn(c.spread))
		}
		const offset = 1000
		for _, jump := range []int{1, 3, 50, 5000} {
			p := &flatPostings{offsets: []uint64{0, offset}, seg: 1, dec: d}
			for target := uint64(offset); ; target += uint64(1 + r.Intn(jump)) {
				if err := p.advance(target); err != nil {
					t.Fatal(err)
				}
				want := -1
				for i, doc := range d.docs {
					if uint64(doc)+offset >= target {
						want = i
						break
					}
				}
				if want < 0 {
					if !p.done {
						t.Fatalf("%s jump %d: target %d past the last posting, not done (on %d)", c.name, jump, target, p.cur)
					}
					break
				}
				// The posting's frequency and factors are read at p.i
				// when it is scored (flatlength.go).
				if p.done || p.cur != uint64(d.docs[want])+offset || p.i != want {
					t.Fatalf("%s jump %d: target %d gave %d (done %v), want posting %d at %d", c.name, jump, target, p.cur, p.done, want, d.docs[want]+offset)
				}
			}
		}
	}
}

// TestDecodedSameAsIterator: searches walking decoded postings return the
// hits, scores and totals of those walking zap's iterators, for queries in
// two languages on an index of English and German documents in several
// segments with deleted records (the small plan's records indexed twice)
// and on the same index compacted (mixedDiskIndex, shared with
// TestDenseWalkSame); and the decoded postings are used.
func TestDecodedSameAsIterator(t *testing.T) {
	ctx := context.Background()
	defer func() { postingsDecoding = true }()
	for _, compact := range []bool{false, true} {
		ix := mixedDiskIndex(t, compact)
		for _, text := range mixedTexts {
			qs := mixedQueries(text)
			postingsDecoding = false
			want := searchEach(ctx, t, ix, qs)
			postingsDecoding = true
			decodedCache.clearAll()
			before := decodedReads.Load()
			sameAsBefore(ctx, t, ix, qs, want)
			if decodedReads.Load() == before {
				t.Errorf("compacted %v, %q: no postings decoded", compact, text)
			}
		}
	}
}
