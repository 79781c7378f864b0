package corpus

import (
	"math/rand/v2"
	"testing"
)

// TestAltTableAnswersAsItsMap checks the table against the map it was
// built from, for every key it holds and for keys it does not, at sizes
// from empty to thousands, and for the plan catalogue's own tables.
func TestAltTableAnswersAsItsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 3))
	for _, n := range []int{0, 1, 7, 100, 3000} {
		m := map[uint64][]termAlt{}
		for len(m) < n {
			m[r.Uint64()|1] = []termAlt{{term: len(m)}}
		}
		tab := newAltTable(m)
		for k, v := range m {
			if got := tab.get(k); len(got) != 1 || got[0].term != v[0].term {
				t.Fatalf("size %d: key %x: got %v, want %v", n, k, got, v)
			}
		}
		for range 1000 {
			k := r.Uint64() &^ 1 // even: none of the keys above
			if got := tab.get(k); got != nil {
				t.Fatalf("size %d: absent key %x: got %v", n, k, got)
			}
		}
	}
	c := planTermsData()
	for k, v := range c.byKey {
		if got := c.key4s.get(uint64(k)); len(got) != len(v) || &got[0] != &v[0] {
			t.Errorf("key4 %x: table and map differ", k)
		}
	}
	for k, v := range c.byKey6 {
		if got := c.key6s.get(k); len(got) != len(v) || &got[0] != &v[0] {
			t.Errorf("key6 %x: table and map differ", k)
		}
	}
}
