// A narrower term outranks the broader one it contains. The catalogue's
// terms are signatures of word groups, and some points of a plan state
// another point's term and more: the US draft's point 16 (and the 20-point
// framework's 6) has Russia write its non-aggression policy into law, so
// its words also hold point 2's "non-aggression" (the agreement). A text
// matching both took the broader term's number, or none when the two
// disagreed ("The sixth point asks Russia to enshrine a policy of
// non-aggression … in its laws" became point 2). A term that names
// another in "narrows" (planterms.json) drops that term's hit when their
// spans overlap: the narrower reading is the point meant. A broader hit
// elsewhere in the text (another sentence's agreement) is kept.

package corpus

import "fmt"

// resolveNarrows turns each term's "narrows" ids into term indices.
func (c *termCatalogue) resolveNarrows() error {
	byID := make(map[string]int, len(c.terms))
	for i, t := range c.terms {
		byID[t.ID] = i
	}
	c.narrows = make([][]int, len(c.terms))
	for i, t := range c.terms {
		for _, id := range t.Narrows {
			k, ok := byID[id]
			if !ok || k == i {
				return fmt.Errorf("planterms.json: term %q narrows unknown term %q", t.ID, id)
			}
			c.narrows[i] = append(c.narrows[i], k)
			c.anyNarrows = true
		}
	}
	return nil
}

// dropNarrowed removes from hits, in place, each hit of a term that a
// narrower term's hit overlapping it narrows.
func (c *termCatalogue) dropNarrowed(hits []termHit) []termHit {
	var drop uint64 // which hits go (a text holds a handful of terms; past 64 none is dropped)
	for i := range hits {
		if i < 64 && c.narrowedIn(hits, i) {
			drop |= 1 << i
		}
	}
	if drop == 0 {
		return hits
	}
	out := hits[:0]
	for i, h := range hits {
		if i >= 64 || drop&(1<<i) == 0 {
			out = append(out, h)
		}
	}
	return out
}

// narrowedIn reports whether hits[i] is narrowed by another hit of hits
// whose span overlaps its own.
func (c *termCatalogue) narrowedIn(hits []termHit, i int) bool {
	h := hits[i]
	for j, o := range hits {
		if j == i || o.start >= h.end || h.start >= o.end {
			continue
		}
		for _, k := range c.narrows[o.term] {
			if k == h.term {
				return true
			}
		}
	}
	return false
}
