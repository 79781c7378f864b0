package corpus

// headSet is a set of compound heads ("minister", "sprecher") with a
// keyFilter over their wordKeys: compoundOf asks it for every suffix of a
// long word, and most suffixes are no head, so they are turned away
// without hashing the suffix into the map.
type headSet struct {
	words map[string]bool
	f     *keyFilter
}

// newHeadSet builds the set and its filter from words.
func newHeadSet(words map[string]bool) *headSet {
	return &headSet{words: words, f: wordFilter(words)}
}

// has reports whether s is one of the heads.
func (h *headSet) has(s string) bool {
	if !h.f.has(wordKey(s)) {
		return false // no head has this key: no map look
	}
	return h.words[s]
}
