package corpus

// headSet is a set of compound heads ("minister", "sprecher") with a
// filter on their first two bytes: compoundOf asks it for every suffix of
// a long word, and most suffixes start with two bytes no head starts
// with, so they are turned away without hashing the suffix.
type headSet struct {
	words  map[string]bool
	starts [1 << 16 / 64]uint64 // one bit per pair of first bytes
}

// newHeadSet builds the set and its filter from words.
func newHeadSet(words map[string]bool) *headSet {
	h := &headSet{words: words}
	for w := range words {
		if len(w) >= 2 {
			k := uint16(w[0]) | uint16(w[1])<<8
			h.starts[k/64] |= 1 << (k % 64)
		}
	}
	return h
}

// has reports whether s is one of the heads.
func (h *headSet) has(s string) bool {
	if len(s) >= 2 {
		k := uint16(s[0]) | uint16(s[1])<<8
		if h.starts[k/64]&(1<<(k%64)) == 0 {
			return false // no head starts so: no map look
		}
	}
	return h.words[s]
}
