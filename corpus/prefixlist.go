package corpus

import "unsafe"

// prefixList answers hasAnyPrefix for a fixed list of prefixes with one
// look-up of a line's first two bytes (pairIndex, lookset.go) instead of a
// comparison with every prefix: markFurniture asks it of every line of
// every body, with layout.json's furniture and caption prefixes.
type prefixList struct {
	list []string
	pairIndex
}

func newPrefixList(list []string) *prefixList {
	return &prefixList{list: list, pairIndex: newPairIndex(list)}
}

// opens reports whether b opens with one of the prefixes, as
// hasAnyPrefix(b, list) does.
func (pl *prefixList) opens(b []byte) bool {
	for _, j := range pl.short {
		if p := pl.list[j]; len(b) >= len(p) && string(b[:len(p)]) == p {
			return true
		}
	}
	if len(b) < 2 {
		return false
	}
	s := unsafe.String(unsafe.SliceData(b), len(b))
	for _, j := range pl.at(s, 0) {
		if p := pl.list[j]; len(s) >= len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}
