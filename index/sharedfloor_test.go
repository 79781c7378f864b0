package index

import (
	"math"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
)

// TestSharedFloor: the floor is the lowest threshold of the groups, and
// no floor at all (-Inf) while one group still takes any match (not full,
// or keeping none); a match under the floor ranks in no group.
func TestSharedFloor(t *testing.T) {
	full := func(size int, scores ...float64) sharedGroup {
		top := &topHits{size: size}
		for _, s := range scores {
			top.heap = append(top.heap, &search.DocumentMatch{Score: s})
		}
		return sharedGroup{top: top}
	}
	for _, c := range []struct {
		name   string
		groups []sharedGroup
		want   float64
	}{
		{"one full", []sharedGroup{full(1, 2.5)}, 2.5},
		{"lowest of two", []sharedGroup{full(1, 3), full(2, 1.5, 4)}, 1.5},
		{"one not full", []sharedGroup{full(1, 3), full(2, 4)}, math.Inf(-1)},
		{"one keeps none", []sharedGroup{full(1, 3), full(0)}, math.Inf(-1)},
	} {
		if got := sharedFloor(c.groups); got != c.want {
			t.Errorf("%s: floor %v, want %v", c.name, got, c.want)
		}
		if math.IsInf(c.want, -1) {
			continue
		}
		for u, g := range c.groups {
			if g.top.ranks(&search.DocumentMatch{Score: math.Nextafter(c.want, math.Inf(-1))}) {
				t.Errorf("%s: a match under the floor ranks in group %d", c.name, u)
			}
		}
	}
}
