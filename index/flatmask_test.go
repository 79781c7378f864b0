package index

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestScoreOnSame builds random query trees over a few postings and
// checks that scoring with the set of postings found on the document
// (scoreOn) gives the tree walk's score (score) to the bit, and that it
// visits no subtree whose postings are elsewhere.
func TestScoreOnSame(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 33))
	const doc = 100
	for round := 0; round < 2000; round++ {
		var ps []*flatPostings
		for i := 0; i < 1+r.IntN(70); i++ { // past 64: the shared bit
			p := &flatPostings{count: 1, bit: maskBit(i), at: true, cur: doc + uint64(r.IntN(2)), freq: uint64(1 + r.IntN(5)),
				norm: 1 / math.Sqrt(float64(1+r.IntN(60))), normRead: true}
			ps = append(ps, p)
		}
		var build func(depth int) *flatNode
		build = func(depth int) *flatNode {
			if depth > 2 || r.IntN(3) == 0 {
				term := &flatTerm{idf: 0.5 + r.Float64()*3, avg: 20, weight: 0.3 + r.Float64(), p: ps[r.IntN(len(ps))]}
				return &flatNode{kind: flatLeaf, term: term}
			}
			n := &flatNode{kind: flatOr}
			if r.IntN(4) == 0 {
				n.kind = flatAnd
			}
			for k := 0; k < 1+r.IntN(8); k++ {
				n.kids = append(n.kids, build(depth+1))
			}
			return n
		}
		root := build(0)
		root.prune()
		root.setMasks()
		var on uint64
		for _, p := range ps {
			if p.cur == doc {
				on |= p.bit
			}
		}
		want, wok := root.score(doc)
		got, gok := root.scoreOn(doc, on)
		if wok != gok || math.Float64bits(want) != math.Float64bits(got) {
			t.Fatalf("round %d: scoreOn %v %v, score %v %v", round, got, gok, want, wok)
		}
	}
}

// TestSetMasks: a node's mask is the union of its live leaves' bits, and
// a subtree with none of them set is never entered (its leaves' postings
// are elsewhere, so it cannot match).
func TestSetMasks(t *testing.T) {
	a := &flatPostings{count: 1, bit: maskBit(0), at: true, cur: 5, freq: 1, norm: 0.5, normRead: true}
	b := &flatPostings{count: 1, bit: maskBit(1), at: true, cur: 9, freq: 1, norm: 0.5, normRead: true}
	leaf := func(p *flatPostings) *flatNode {
		return &flatNode{kind: flatLeaf, term: &flatTerm{idf: 1, avg: 4, weight: 1, p: p}}
	}
	inner := &flatNode{kind: flatOr, kids: []*flatNode{leaf(b), leaf(b)}}
	root := &flatNode{kind: flatOr, kids: []*flatNode{leaf(a), inner}}
	root.prune()
	if m := root.setMasks(); m != 3 || inner.mask != 2 {
		t.Fatalf("masks %b, inner %b", m, inner.mask)
	}
	// inner's postings are on document 9. Scoring document 5 with only
	// a's bit on must not enter inner: put b on 5 too, behind the mask's
	// back, and the score is still a's alone.
	want, ok := root.score(5)
	if !ok {
		t.Fatal("no match")
	}
	b.cur = 5
	if got, ok := root.scoreOn(5, a.bit); !ok || got != want {
		t.Fatalf("score %v %v, want %v (a subtree with no bit on was entered)", got, ok, want)
	}
}

// TestScoreDenSame: a score from a precomputed length factor is the
// score computed from the frequency and the norm, to the bit.
func TestScoreDenSame(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	d := &decodedPostings{}
	for i := 0; i < 500; i++ {
		d.docs = append(d.docs, uint32(i))
		d.freqs = append(d.freqs, uint32(1+r.IntN(90))) // past scorer.MaxSqrtCache too
		d.norms = append(d.norms, float32(1/math.Sqrt(float64(1+r.IntN(300)))))
	}
	for _, avg := range []float64{1, 7, 23, 118} {
		facs := d.factors(avg)
		for _, weight := range []float64{1, 0.37} {
			term := &flatTerm{idf: 2.71, avg: avg, weight: weight}
			for i := range d.docs {
				want := term.scoreOf(uint64(d.freqs[i]), float64(d.norms[i]))
				got := term.scoreFactors(facs[i])
				if math.Float64bits(want) != math.Float64bits(got) {
					t.Fatalf("avg %v posting %d: %v, want %v", avg, i, got, want)
				}
			}
		}
	}
	if &d.factors(23)[0] != &d.factors(23)[0] {
		t.Error("the factors of one average are computed again")
	}
}

// TestBitsOnlyForPresentLists: a model whose distinct terms are mostly
// absent from the index (a question's forms in other languages) gives its
// present postings lists bits of their own, so none of them is pushed to
// the shared 64th bit and scoreOn can trust each bit (sureLeaf).
func TestBitsOnlyForPresentLists(t *testing.T) {
	m := &flatModel{}
	var present []*flatPostings
	for i := 0; i < 200; i++ {
		p := &flatPostings{}
		if i%20 == 19 {
			p.count = 3
			present = append(present, p)
		}
		m.addDistinct(p)
	}
	seen := map[uint64]bool{}
	for i, p := range present {
		if p.bit == 0 || p.bit == maskBit(63) || seen[p.bit] {
			t.Fatalf("present list %d has bit %x (shared or taken)", i, p.bit)
		}
		seen[p.bit] = true
		if sureLeaf(&flatNode{kind: flatLeaf, term: &flatTerm{p: p}}) == nil {
			t.Errorf("present list %d: its leaf is not scored from its bit", i)
		}
	}
}
