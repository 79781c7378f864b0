// A read-only hash table for matchTerms' look-ups by key (planterms.go).

package corpus

import "math/bits"

// altTable maps the nonzero integer keys of the plan terms' alternatives
// (their first four or six bytes, key4 and key6) to the alternatives under
// each, by open addressing in two flat arrays. matchTerms asks it at every
// word start that passes the key filters, some thousands of times a
// document; a Go map spread each look over its control words, keys and
// slice headers, and the probe of a table a quarter of the size, keys
// alone, mostly stays in the cache. Zero never keys an alternative (an
// alternative's bytes are letters), so it marks an empty slot.
type altTable struct {
	keys  []uint64
	vals  [][]termAlt
	shift uint // 64 minus the bits of the table's size
}

// newAltTable copies m into a table at most half full.
func newAltTable[K uint32 | uint64](m map[K][]termAlt) altTable {
	size := 8
	for size < 2*len(m) {
		size <<= 1
	}
	t := altTable{keys: make([]uint64, size), vals: make([][]termAlt, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for k, v := range m {
		if k == 0 {
			panic("altTable: zero key") // impossible for letters; would read as an empty slot
		}
		i := t.slot(uint64(k))
		for t.keys[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		t.keys[i], t.vals[i] = uint64(k), v
	}
	return t
}

func (t *altTable) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the alternatives under k, nil for a key none has.
func (t *altTable) get(k uint64) []termAlt {
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return nil
		}
	}
}
