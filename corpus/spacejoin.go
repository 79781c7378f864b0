// spaceJoin: whether a text holds a head word, a space and a tail word,
// for every head and tail of two lists, without a look per pair.

package corpus

import "strings"

// spaceJoin answers lookSet.in for the looks head+" "+tail of every head
// and tail. pointCardinalLook's are some 12,500 (the point words of every
// language times the cardinals) under a few dozen first pairs, so the
// lookSet compared hundreds of looks wherever "po", "pu" or "ar" passed
// its stride test (stop 72, zperf). Every such look holds a space with a
// tail opening after it and a head closing before it, so here only the
// spaces of a text are visited (strings.IndexByte), the tail is tested
// first (a lookSet of the tails: a pair test, and most spaces fail it)
// and the heads ending in the byte before the space are compared only
// then. The answer is the lookSet's: s holds head+" "+tail exactly when
// some space of s has tail opening after it and head closing before it.
type spaceJoin struct {
	tails *lookSet
	// short are the tails of fewer than two bytes (lookSet.opensAt
	// passes them over), compared at every space
	short []string
	// byLast holds the heads by their last byte; empty holds whether a
	// head is ""
	byLast [256][]string
	empty  bool
}

func newSpaceJoin(heads, tails []string) *spaceJoin {
	j := &spaceJoin{tails: newLookSet(tails)}
	for _, t := range tails {
		if len(t) < 2 {
			j.short = append(j.short, t)
		}
	}
	for _, h := range heads {
		if h == "" {
			j.empty = true
			continue
		}
		j.byLast[h[len(h)-1]] = append(j.byLast[h[len(h)-1]], h)
	}
	return j
}

// in reports whether s holds head+" "+tail for some head and tail.
func (j *spaceJoin) in(s string) bool {
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return false
		}
		i += k
		if !j.tailAt(s, i+1) {
			continue
		}
		if j.empty {
			return true
		}
		if i == 0 {
			continue
		}
		for _, h := range j.byLast[s[i-1]] {
			if strings.HasSuffix(s[:i], h) {
				return true
			}
		}
	}
	return false
}

// tailAt reports whether a tail opens s at i.
func (j *spaceJoin) tailAt(s string, i int) bool {
	for _, t := range j.short {
		if strings.HasPrefix(s[i:], t) {
			return true
		}
	}
	return i+1 < len(s) && j.tails.opensAt(s, i)
}
