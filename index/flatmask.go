package index

// Scoring only what matched. A query's model has a leaf per term searcher:
// a word, its synonyms at half boost and their forms in other languages,
// often thirty or more, and the walk (flatwalk.go) scored each candidate
// by visiting every one of them (flatNode.score), although a candidate
// holds one to three of the terms: the tree's visit was a third of the
// walk. Moving the postings to a candidate already tells which of them
// are on it, so the walk gathers that as a set of bits (one per distinct
// postings list that has any postings, the 64th shared by any beyond) and
// each node keeps the
// bits of the postings under it. A subtree none of whose bits is set
// cannot match: its leaves' postings are elsewhere, so bleve's searchers
// would have found no match there either. Skipping it drops only clauses
// that add nothing; the clauses that match are added in the same order as
// before, so every sum is the same bits, and a disjunction's coordination
// still counts its kids (len(kids)), matched or not.

// maskBit is the bit of the i-th distinct postings list of a model that
// has postings. Lists without any are pruned from the tree and get no bit
// (0): until stop 35 every distinct term took one, and a question's forms
// in other languages, mostly absent from the index, pushed the present
// ones past the 64th, which is shared and so must be entered to be told
// apart.
func maskBit(i int) uint64 {
	return 1 << min(i, 63)
}

// setMasks sets the mask of n and of every node below it: the bits of the
// postings its live leaves read.
func (n *flatNode) setMasks() uint64 {
	switch n.kind {
	case flatLeaf:
		n.mask = n.term.p.bit
	case flatOr, flatAnd:
		n.mask = 0
		n.liveMasks = n.liveMasks[:0]
		n.liveLeaves = n.liveLeaves[:0]
		for _, k := range n.live {
			km := k.setMasks()
			n.mask |= km
			n.liveMasks = append(n.liveMasks, km)
			n.liveLeaves = append(n.liveLeaves, sureLeaf(k))
		}
	default:
		n.mask = 0
	}
	return n.mask
}

// sureLeaf returns the term of k when k is a leaf whose postings have a
// bit of their own (not the 64th, which more share): then its bit being
// on says that its postings are on the document, and its parent scores it
// without entering it (nil otherwise). Entering every matched leaf, to
// test again what the bit already said, was a third of scoreOn's own time
// (stop 35).
func sureLeaf(k *flatNode) *flatTerm {
	if k.kind != flatLeaf || k.term.p.bit == maskBit(63) {
		return nil
	}
	return k.term
}

// scoreOn is score for a document on which the postings whose bits are
// on are found (and perhaps others sharing the 64th bit): the same score
// and match, without visiting the subtrees that cannot match.
func (n *flatNode) scoreOn(doc uint64, on uint64) (float64, bool) {
	switch n.kind {
	case flatLeaf:
		t := n.term
		if p := t.p; p.done || !p.at || p.cur != doc {
			return 0, false
		}
		return t.score(), true
	case flatOr:
		var sum float64
		countMatch := 0
		// The kids' masks side by side: a kid that cannot match costs a
		// word's test, not a visit.
		for i, km := range n.liveMasks {
			if km&on == 0 {
				continue
			}
			if t := n.liveLeaves[i]; t != nil {
				sum += t.score()
				countMatch++
				continue
			}
			if s, ok := n.live[i].scoreOn(doc, on); ok {
				sum += s
				countMatch++
			}
		}
		if countMatch == 0 {
			return 0, false
		}
		// DisjunctionQueryScorer.Score.
		coord := float64(countMatch) / float64(len(n.kids))
		return sum * coord, true
	case flatAnd:
		if len(n.live) != len(n.kids) {
			return 0, false
		}
		var sum float64
		for i, km := range n.liveMasks {
			if km&on == 0 {
				return 0, false
			}
			if t := n.liveLeaves[i]; t != nil {
				sum += t.score()
				continue
			}
			s, ok := n.live[i].scoreOn(doc, on)
			if !ok {
				return 0, false
			}
			sum += s
		}
		return sum, true
	}
	return 0, false
}
