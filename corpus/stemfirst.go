// The first bytes of a list of stems, for stemIn (planterms.go).

package corpus

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// stemFirstBytes returns the bytes the stems open with, and gate=false when
// a stem could match at any byte (an empty stem, or one opening with the
// whole-word mark that stemAt lets through): stemIn then asks stemAt at
// every word start, as before. Built per call: the stems are a few dozen,
// the text has hundreds of word starts, and stemAt compared each of them
// with every stem.
func stemFirstBytes(stems []string) (firsts byteSet, gate bool) {
	for _, s := range stems {
		if s == "" || s[0] == '=' {
			return byteSet{}, false
		}
		firsts.add(s[0])
	}
	return firsts, true
}
