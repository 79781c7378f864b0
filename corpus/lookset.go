// lookSet: whether a text holds any of a fixed list of strings, in one
// pass over the text.

package corpus

import (
	"strings"
	"sync"
)

// lookSet answers anyIn(s, looks) for a fixed list of looks. anyIn runs a
// strings.Contains per look, and the looks of learnRoles (affiliation
// prepositions with their spaces, " von ", " z ", …) all open with a
// space, so each of them stopped at every space of every sentence. Here
// each pair of bytes of s is tested once against a bit set of the looks'
// first two bytes, and only the looks sharing a pair are compared.
type lookSet struct {
	pairs [1 << 10]uint64
	byKey map[uint16][]string
	short []string // looks of fewer than two bytes, searched with strings.Contains
}

func newLookSet(looks []string) *lookSet {
	ls := &lookSet{byKey: map[uint16][]string{}}
	for _, p := range looks {
		if len(p) < 2 {
			ls.short = append(ls.short, p)
			continue
		}
		k := uint16(p[0]) | uint16(p[1])<<8
		ls.pairs[k>>6] |= 1 << (k & 63)
		ls.byKey[k] = append(ls.byKey[k], p)
	}
	return ls
}

// in reports whether s holds one of the looks, as anyIn does. A nil set
// holds none.
func (ls *lookSet) in(s string) bool {
	if ls == nil {
		return false
	}
	for _, p := range ls.short {
		if strings.Contains(s, p) {
			return true
		}
	}
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i]) | uint16(s[i+1])<<8
		if ls.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, p := range ls.byKey[k] {
			if strings.HasPrefix(s[i:], p) {
				return true
			}
		}
	}
	return false
}

// affLookSet and abbrLookSets are docRoles' affLooks and each language's
// abbrLooks as lookSets, for learnRoles.
var (
	affLookSet   = sync.OnceValue(func() *lookSet { return newLookSet(docRoles().affLooks) })
	abbrLookSets = sync.OnceValue(func() map[string]*lookSet {
		out := map[string]*lookSet{}
		for lang, looks := range docRoles().abbrLooks {
			out[lang] = newLookSet(looks)
		}
		return out
	})
)
