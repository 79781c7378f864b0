// The lookSet scan for looks that all open with one byte (lookset.go).

package corpus

import "strings"

// sharedLead returns the first byte all entries of two bytes or more open
// with, or -1 when they open with different bytes or there are none.
func sharedLead(list []string) int {
	lead := -1
	for _, p := range list {
		if len(p) < 2 {
			continue // searched apart (pairIndex.short)
		}
		switch {
		case lead < 0:
			lead = int(p[0])
		case int(p[0]) != lead:
			return -1
		}
	}
	return lead
}

// inFromLead is the pair scan of lookSet.in at the positions of ls.lead
// alone: no look opens anywhere else, and strings.IndexByte finds the
// next of them many bytes at a time. The short looks are asked by in.
func (ls *lookSet) inFromLead(s string) bool {
	b := byte(ls.lead)
	for i := 0; i+1 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-1], b) // a look needs the byte after its lead
		if k < 0 {
			return false
		}
		i += k
		if ls.opensAt(s, i) {
			return true
		}
	}
	return false
}
