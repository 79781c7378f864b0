package corpus

import (
	"unicode"
	"unicode/utf8"
)

// wideKeyFilter is keyFilter with eight times the bits (64K, 8 KB), for a
// set of a thousand words and more: the speech cues of every language
// set one bit in six of a keyFilter, so one word in six that is no cue
// still paid the map look-ups behind it; here about one in fifty does.
type wideKeyFilter [1 << 10]uint64

func (f *wideKeyFilter) slot(k uint32) (int, uint64) {
	h := (k * 0x9E3779B1) >> 16 // 16 bits of a multiplicative hash
	return int(h >> 6), 1 << (h & 63)
}

func (f *wideKeyFilter) add(k uint32) {
	i, bit := f.slot(k)
	f[i] |= bit
}

func (f *wideKeyFilter) has(k uint32) bool {
	i, bit := f.slot(k)
	return f[i]&bit != 0
}

// wideWordFilter is wordFilter for a large set: a wideKeyFilter over the
// wordKeys of the keys of sets.
func wideWordFilter[V any](sets ...map[string]V) *wideKeyFilter {
	f := new(wideKeyFilter)
	for _, m := range sets {
		for w := range m {
			f.add(wordKey(w))
		}
	}
	return f
}

// foldedInWide is foldedIn with a wideKeyFilter in front of the set.
func foldedInWide(m map[string]bool, f *wideKeyFilter, w string) bool {
	if w == "" {
		return false
	}
	var buf [64]byte // the lower-case key on the stack: m[string(b)] copies nothing
	if w[0] >= 0x80 {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return m[string(appendLower(buf[:0], w))]
		}
	}
	return f.has(wordKey(w)) && m[string(appendLower(buf[:0], w))]
}
