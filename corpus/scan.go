package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// phraseSet finds where each phrase of a fixed list first occurs in a
// text in one pass over the text, where a strings.Index per phrase reads
// the text once for each of them (and restarts at every occurrence of
// the phrase's first byte). It answers exactly what strings.Index would.
type phraseSet struct {
	phrases []string
	starts  [256]bool       // first bytes of the phrases, A-Z folded in
	pairs   [1 << 10]uint64 // bit set of the phrases' first two bytes
	single  bool            // a phrase of one byte: starts alone decides
	empty   bool            // an empty phrase: found at 0
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{phrases: phrases}
	for _, p := range phrases {
		switch len(p) {
		case 0:
			ps.empty = true
		case 1:
			ps.single = true
			ps.starts[p[0]] = true
		default:
			ps.starts[p[0]] = true
			k := uint16(p[0]) | uint16(p[1])<<8
			ps.pairs[k>>6] |= 1 << (k & 63)
		}
	}
	return ps
}

// firstIndexes sets at[j] to strings.Index(t, phrases[j]), where t is s
// with A-Z lower-cased when fold is set (so that an ASCII text needs no
// lower-case copy), and returns at. at is reused when it is long enough.
func (ps *phraseSet) firstIndexes(s string, fold bool, at []int) []int {
	if cap(at) < len(ps.phrases) {
		at = make([]int, len(ps.phrases))
	}
	at = at[:len(ps.phrases)]
	for j := range at {
		at[j] = -1
		if ps.phrases[j] == "" {
			at[j] = 0
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if fold {
			c = foldASCII(c)
		}
		if !ps.starts[c] {
			continue
		}
		if !ps.single {
			if i+1 >= len(s) {
				break
			}
			c1 := s[i+1]
			if fold {
				c1 = foldASCII(c1)
			}
			k := uint16(c) | uint16(c1)<<8
			if ps.pairs[k>>6]&(1<<(k&63)) == 0 {
				continue
			}
		}
		for j, p := range ps.phrases {
			if at[j] >= 0 || p == "" || p[0] != c {
				continue
			}
			if fold && hasPrefixLower(s[i:], p) || !fold && strings.HasPrefix(s[i:], p) {
				at[j] = i
			}
		}
	}
	return at
}

// foldASCII lower-cases an ASCII capital letter and leaves every other
// byte as it is.
func foldASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// appendLower appends strings.ToLower(s) to b: the same runes (an invalid
// byte becomes U+FFFD as strings.Map writes it), into a buffer the
// caller can reuse or keep on its stack.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			b = append(b, foldASCII(byte(r)))
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// lowerSet is a set of lower-case words looked up by a word in any case:
// has(w) is m[strings.ToLower(w)], but an ASCII word is first checked
// against a filter of the set's keys (most words are in no set) and no
// lower-cased copy is made on the heap.
type lowerSet struct {
	m map[string]bool
	f *keyFilter
}

func newLowerSet(m map[string]bool) lowerSet {
	return lowerSet{m: m, f: wordFilter(m)}
}

func (s lowerSet) has(w string) bool {
	var buf [64]byte
	if !isASCII(w) {
		return s.m[string(appendLower(buf[:0], w))]
	}
	if !s.f.has(wordKey(w)) { // wordKey folds A-Z: the key of the lower-case word
		return false
	}
	return s.m[string(appendLower(buf[:0], w))]
}

// pointRefSet and termNounSet are the lexicon's point words and term
// nouns as lowerSets.
var (
	pointRefSet = sync.OnceValue(func() lowerSet { return newLowerSet(lexiconData().pointRefs) })
	termNounSet = sync.OnceValue(func() lowerSet { return newLowerSet(lexiconData().termNouns) })
)
