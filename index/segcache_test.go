package index

import "testing"

// TestSegmentCache: a segment's value is made once and shared; a full
// cache drops the least recently used half and keeps the rest.
func TestSegmentCache(t *testing.T) {
	for _, tc := range []struct {
		name    string
		max     int
		asks    []int // segments asked for, in order
		kept    []int // segments whose first value must still be held
		dropped []int // segments made anew when asked again
		size    int
	}{
		{name: "under the bound", max: 4, asks: []int{1, 2, 3, 1}, kept: []int{1, 2, 3}, size: 3},
		{name: "full drops the oldest half", max: 4, asks: []int{1, 2, 3, 4, 5}, kept: []int{3, 4, 5}, dropped: []int{1, 2}, size: 3},
		{name: "a bound of one keeps the last", max: 1, asks: []int{1, 2}, kept: []int{2}, dropped: []int{1}, size: 1},
		{name: "a recent ask keeps a segment", max: 4, asks: []int{1, 2, 3, 4, 1, 5}, kept: []int{1, 4, 5}, dropped: []int{2, 3}, size: 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newSegmentCache[int, int](tc.max)
			made := 0
			first := map[int]*int{}
			for _, s := range tc.asks {
				v := c.of(s, func() *int { made++; n := made; return &n })
				if first[s] == nil {
					first[s] = v
				}
			}
			if n := c.len(); n != tc.size {
				t.Errorf("holds %d segments, want %d", n, tc.size)
			}
			for _, s := range tc.kept {
				if v := c.of(s, func() *int { return new(int) }); v != first[s] {
					t.Errorf("segment %d: value made anew", s)
				}
			}
			for _, s := range tc.dropped {
				if v := c.of(s, func() *int { return new(int) }); v == first[s] {
					t.Errorf("segment %d: still held", s)
				}
			}
		})
	}
}
