package index

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMoveToSame moves random decoded postings lists to random rising
// candidates with livePostings.moveTo and, on copies, one list at a time
// as the walk did before it (advance each, keep those not done, note
// those on the candidate): the bits found, the lists kept and where each
// list stands must agree at every candidate, and each list must stand on
// its first posting at or after the candidate (the gallop's halving).
func TestMoveToSame(t *testing.T) {
	r := rand.New(rand.NewPCG(35, 1))
	for round := 0; round < 500; round++ {
		mk := func() []*flatPostings {
			var ps []*flatPostings
			r2 := rand.New(rand.NewPCG(uint64(round), 2))
			for i := 0; i < 1+r2.IntN(8); i++ {
				var docs []uint32
				for d := uint32(r2.IntN(5)); d < 300; d += 1 + uint32(r2.IntN(40)) {
					docs = append(docs, d)
				}
				dec := &decodedPostings{docs: docs}
				ps = append(ps, &flatPostings{bit: maskBit(i), offsets: []uint64{0}, dec: dec, done: len(docs) == 0})
			}
			return slices.DeleteFunc(ps, func(p *flatPostings) bool { return p.done })
		}
		var lv livePostings
		lv.reset(mk())
		old := mk()
		for doc := uint64(r.IntN(10)); doc < 320; doc += 1 + uint64(r.IntN(30)) {
			on, err := lv.moveTo(doc)
			if err != nil {
				t.Fatal(err)
			}
			kept := old[:0]
			var want uint64
			for _, p := range old {
				if err := p.advance(doc); err != nil {
					t.Fatal(err)
				}
				if !p.done {
					kept = append(kept, p)
					if p.at && p.cur == doc {
						want |= p.bit
					}
				}
			}
			old = kept
			if on != want || len(lv.ps) != len(old) {
				t.Fatalf("round %d doc %d: bits %b want %b, %d lists kept want %d", round, doc, on, want, len(lv.ps), len(old))
			}
			for j, p := range lv.ps {
				// The first posting at or after doc, counted one by one.
				first := 0
				for first < len(p.dec.docs) && uint64(p.dec.docs[first]) < doc {
					first++
				}
				if p.i != first {
					t.Fatalf("round %d doc %d: list %d on posting %d, want %d", round, doc, j, p.i, first)
				}
				if p.bit != old[j].bit || p.cur != old[j].cur || p.i != old[j].i || lv.next[j] != p.cur+1 {
					t.Fatalf("round %d doc %d: list %d at %d (next %d), want %d", round, doc, j, p.cur, lv.next[j], old[j].cur)
				}
			}
		}
	}
}
