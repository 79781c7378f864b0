package index

import (
	"slices"
	"sync"
)

// segmentCache keeps one value per segment (K is segment.Segment; filter
// bitmaps, document IDs): a segment's documents never change, so what is
// read of them stays true while the segment lives, and a merge makes new
// segments. It holds the values of at most max segments, over every open
// index; when full, the least recently used half goes.
type segmentCache[K comparable, V any] struct {
	mu   sync.Mutex
	max  int
	tick uint64
	segs map[K]*segmentEntry[V]
}

type segmentEntry[V any] struct {
	used uint64 // the cache's tick when last asked for
	val  *V
}

func newSegmentCache[K comparable, V any](max int) *segmentCache[K, V] {
	return &segmentCache[K, V]{max: max, segs: map[K]*segmentEntry[V]{}}
}

// of returns the value kept for seg, made by fresh when there is none.
// The value is shared: it guards its own contents.
func (c *segmentCache[K, V]) of(seg K, fresh func() *V) *V {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	e := c.segs[seg]
	if e == nil {
		if len(c.segs) >= c.max {
			c.evict()
		}
		e = &segmentEntry[V]{val: fresh()}
		c.segs[seg] = e
	}
	e.used = c.tick
	return e.val
}

// evict drops the least recently used half of the segments. c.mu is held.
func (c *segmentCache[K, V]) evict() {
	keep := c.max / 2
	if keep == 0 {
		clear(c.segs)
		return
	}
	used := make([]uint64, 0, len(c.segs))
	for _, e := range c.segs {
		used = append(used, e.used)
	}
	slices.Sort(used)
	cut := used[len(used)-keep]
	for s, e := range c.segs {
		if e.used < cut {
			delete(c.segs, s)
		}
	}
}

// len is the number of segments whose values are kept.
func (c *segmentCache[K, V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.segs)
}

// clearAll drops every value kept (tests start from a cold cache).
func (c *segmentCache[K, V]) clearAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.segs)
}
