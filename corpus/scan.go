package corpus

import (
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// phraseSet finds where each phrase of a fixed list first occurs in a
// text in one pass over the text, where a strings.Index per phrase reads
// the text once for each of them (and restarts at every occurrence of
// the phrase's first byte). It answers exactly what strings.Index would.
//
// The phrases are indexed by their first two bytes (pairIndex, lookset.go;
// short holds those of fewer than two bytes, searched with strings.Index):
// a pair that opens a phrase is compared with those phrases alone, not
// with every phrase of the list.
type phraseSet struct {
	phrases []string
	pairIndex
}

func newPhraseSet(phrases []string) *phraseSet {
	return &phraseSet{phrases: phrases, pairIndex: newPairIndex(phrases)}
}

// foldTable lower-cases A-Z and keeps every other byte; sameTable keeps
// every byte.
var foldTable, sameTable = func() (f, s [256]byte) {
	for i := range f {
		f[i], s[i] = byte(i), byte(i)
		if i >= 'A' && i <= 'Z' {
			f[i] = byte(i) + 'a' - 'A'
		}
	}
	return f, s
}()

// firstIndexes sets at[j] to strings.Index(t, phrases[j]), where t is s
// with A-Z lower-cased when fold is set (so that an ASCII text needs no
// lower-case copy), and returns at. at is reused when it is long enough.
// Each pair of bytes of s is looked up in the bit set of the phrases'
// first two bytes: most pairs start no phrase.
func (ps *phraseSet) firstIndexes(s string, fold bool, at []int) []int {
	if cap(at) < len(ps.phrases) {
		at = make([]int, len(ps.phrases))
	}
	at = at[:len(ps.phrases)]
	for j := range at {
		at[j] = -1
	}
	tab := &sameTable
	if fold {
		tab = &foldTable
	}
	for i := 0; i+1 < len(s); i++ {
		k := uint16(tab[s[i]]) | uint16(tab[s[i+1]])<<8
		if ps.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, j := range ps.byRank[ps.rank.of(&ps.pairs, k)] {
			if at[j] >= 0 {
				continue
			}
			if p := ps.phrases[j]; fold && hasPrefixLower(s[i:], p) || !fold && strings.HasPrefix(s[i:], p) {
				at[j] = i
			}
		}
	}
	for _, j := range ps.short {
		t := s
		if fold {
			t = lowerASCII(s)
		}
		at[j] = strings.Index(t, ps.phrases[j])
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

// appendLower appends lowerString(s) to b: the same runes (an invalid
// byte becomes U+FFFD as strings.Map writes it), into a buffer the
// caller can reuse or keep on its stack.
//
// It is the lower-casing every rule's look-up goes through, so it writes
// an ASCII run in place rather than appending byte by byte, and decodes
// and encodes a two-byte letter (accented Latin, Greek, Cyrillic) inline.
func appendLower(b []byte, s string) []byte {
	b = slices.Grow(b, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// an ASCII run: room for the rest of s as it is, written by index
			b = slices.Grow(b, len(s)-i)
			n := len(b)
			dst := b[n : n+len(s)-i]
			k := 0
			for ; k+8 <= len(dst); k += 8 {
				x := load8(s, i+k) // eight bytes a step while they are ASCII (swar.go)
				if x&swarHigh != 0 {
					break
				}
				binary.LittleEndian.PutUint64(dst[k:], lower8(x))
			}
			for ; k < len(dst) && s[i+k] < utf8.RuneSelf; k++ {
				dst[k] = foldTable[s[i+k]]
			}
			b = b[:n+k]
			i += k
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// a valid two-byte letter whose lower case is two bytes too
			if l := toLowerRune(rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)); l >= 0x80 && l < 0x800 {
				b = append(b, byte(0xC0|l>>6), byte(0x80|l&0x3F))
				i += 2
				continue
			}
		}
		if c == 0xE2 && i+2 < len(s) && s[i+1]&0xFE == 0x80 && s[i+2]&0xC0 == 0x80 {
			// general punctuation, U+2000-U+207F (– — ‘ ’ “ ” … and the
			// spaces): no letter of it has a lower case, and news text
			// holds one every sentence or two; decoded, each went
			// through unicode.ToLower's search of the case ranges
			b = append(b, c, s[i+1], s[i+2])
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, toLowerRune(r))
		i += n
	}
	return b
}

// lowerIsFold reports whether lowerString(s) is s with only A-Z
// lower-cased: every other character is its own lower case (quotes,
// dashes, lower-case letters), so s can be read with ASCII folding and
// no lower-case copy.
func lowerIsFold(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || toLowerRune(r) != r {
			return false
		}
		i += n
	}
	return true
}

// lowerSet is a set of lower-case words looked up by a word in any case:
// has(w) is lowerIn(m, w), but an ASCII word is first checked
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
		// lowered first, then filtered as an ASCII word is: the filter
		// holds the keys of the set's (lower-case) words
		l := appendLower(buf[:0], w)
		if s.f.has(wordKey(unsafe.String(unsafe.SliceData(l), len(l)))) && s.m[string(l)] {
			return true
		}
		return s.hasProclitic(w) // "فالبند", "ובסעיף": a conjunction or preposition written on (caseless.go)
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

// hasASCIIDigit reports whether s holds a digit 0-9.
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return true
		}
	}
	return false
}

// hasPrefixLowered is strings.HasPrefix(lowerString(s), prefix),
// lowering only as many runes of s as the prefix needs.
func hasPrefixLowered(s, prefix string) bool {
	var buf [32]byte
	b := buf[:0]
	for _, r := range s {
		if len(b) >= len(prefix) {
			break
		}
		b = utf8.AppendRune(b, toLowerRune(r))
	}
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// idBuilder makes the IDs of a document's records (source ID, a kind
// letter, a number) as cuts of one string instead of a string each: a
// document has hundreds of them.
type idBuilder struct {
	buf  []byte
	ends []int
}

func newIDBuilder(n, idLen int) *idBuilder {
	return &idBuilder{buf: make([]byte, 0, n*(idLen+4)), ends: make([]int, 0, n)}
}

// add appends the ID prefix+strconv.Itoa(n).
func (b *idBuilder) add(prefix string, n int) {
	b.buf = append(b.buf, prefix...)
	b.buf = strconv.AppendInt(b.buf, int64(n), 10)
	b.ends = append(b.ends, len(b.buf))
}

// ids returns the IDs added, in order.
func (b *idBuilder) ids() []string {
	all := string(b.buf)
	out := make([]string, len(b.ends))
	start := 0
	for i, end := range b.ends {
		out[i] = all[start:end]
		start = end
	}
	return out
}

// firstFields appends the first cap(buf) words of strings.Fields(s) to
// buf: what a rule reading only the opening words needs, without
// splitting (and allocating) the whole paragraph.
func firstFields(s string, buf []string) []string {
	if cap(buf) == 0 {
		return buf
	}
	for w := range strings.FieldsSeq(s) {
		if buf = append(buf, w); len(buf) == cap(buf) {
			break
		}
	}
	return buf
}

// hasWordSeq reports whether the lower-case text low holds one of seqs as
// consecutive words (as wordsOf splits them), each word also matching
// with a trailing s. The words are kept as offsets in a buffer on the
// stack, so a lead-in asked about costs no allocation.
func hasWordSeq(low string, seqs [][]string) bool {
	var buf [128][2]int32
	ws := buf[:0]
	for pos := 0; pos < len(low); {
		w, next := nextWord(low, pos)
		if w == "" {
			break
		}
		ws = append(ws, [2]int32{int32(next - len(w)), int32(next)})
		pos = next
	}
	if ix := planSeqIndex(); len(seqs) > 0 && ix.seqs != nil && &seqs[0] == &ix.seqs[0] && len(seqs) == len(ix.seqs) {
		return ix.match(low, ws)
	}
	for _, pws := range seqs {
		for i := range ws {
			if i+len(pws) > len(ws) {
				break
			}
			match := true
			for k, x := range pws {
				if w := low[ws[i+k][0]:ws[i+k][1]]; w != x && !(len(w) == len(x)+1 && w[len(x)] == 's' && strings.HasPrefix(w, x)) { // x or x+"s"
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// lastIndex is strings.LastIndex(s, sep), first asking strings.Index
// whether sep occurs at all: most texts hold none of the phrases asked
// about, and the forward search is the much faster one.
func lastIndex(s, sep string) int {
	if sep == "" {
		return len(s)
	}
	i := strings.Index(s, sep)
	if i < 0 {
		return -1
	}
	if j := strings.LastIndex(s[i+1:], sep); j >= 0 {
		return i + 1 + j
	}
	return i
}

// containsAny is strings.ContainsAny(s, chars): the standard one looks
// each rune of s up in chars (a call per rune) when chars holds a character
// beyond ASCII, as the quotation marks and dashes the rules look for do. A
// text of some length is searched once per character of chars
// (containsAnyPasses), a short ASCII one once per ASCII byte of chars, any
// other rune by rune (containsAnyScan).
func containsAny(s, chars string) bool {
	if len(s) < containsAnyPassLen && isASCII(s) {
		// a short ASCII text (a word, a label): only chars' ASCII bytes
		// can be among its runes; U+FFFD, which an invalid byte reads
		// as, cannot either, for it has none
		for i := 0; i < len(chars); i++ {
			if c := chars[i]; c < utf8.RuneSelf && strings.IndexByte(s, c) >= 0 {
				return true
			}
		}
		return false
	}
	if len(s) >= containsAnyPassLen {
		if found, ok := containsAnyPasses(s, chars); ok {
			return found
		}
	}
	return containsAnyScan(s, chars)
}

// containsAnyPassLen is the length of text from which containsAny looks
// for each character of chars in its own pass rather than reading the text
// rune by rune: a pass is strings.IndexByte's (or strings.Index's) vector
// search, a few instructions per 16 or 32 bytes, where the rune loop costs
// some eight instructions a byte; the rules ask for about seven characters
// (the quotation marks), in sentences of a few hundred bytes, and nearly
// always find none.
const containsAnyPassLen = 32

// containsAnyPasses is containsAny as one search per character of chars:
// an ASCII byte by strings.IndexByte, any other character by strings.Index
// of its own UTF-8 bytes. ok is false, and nothing is answered, when chars
// holds U+FFFD or a byte that is no valid UTF-8 (strings.ContainsAny reads
// an invalid byte of s as U+FFFD, which no byte search finds).
//
// A character's bytes found in s are always a rune that decoding s reads
// (strings.ContainsAny's reading): UTF-8 decoding steps over a valid
// character whole and over an invalid byte alone, and a lead byte is never
// a continuation byte, so no character decoded before the bytes found can
// reach into them; the decoder stops where they begin. An ASCII byte is
// never part of a longer character either.
func containsAnyPasses(s, chars string) (found, ok bool) {
	for i := 0; i < len(chars); {
		c := chars[i]
		if c < utf8.RuneSelf {
			if strings.IndexByte(s, c) >= 0 {
				return true, true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(chars[i:])
		if r == utf8.RuneError {
			return false, false
		}
		if strings.Contains(s, chars[i:i+size]) {
			return true, true
		}
		i += size
	}
	return false, true
}

// containsAnyScan is containsAny's rune loop: one pass over s, an ASCII
// byte looked up in a bit set, a character beyond ASCII among chars' few
// others.
func containsAnyScan(s, chars string) bool {
	var ascii [2]uint64
	var other [16]rune
	n := 0
	for _, r := range chars {
		switch {
		case r < utf8.RuneSelf:
			ascii[r>>6] |= 1 << (r & 63)
		case n < len(other):
			other[n] = r
			n++
		default:
			return strings.ContainsAny(s, chars) // (a longer set than any rule writes)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if ascii[c>>6]&(1<<(c&63)) != 0 {
				return true
			}
			i++
			continue
		}
		if n == 0 {
			i++ // no character beyond ASCII is asked for
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		for _, o := range other[:n] {
			if r == o {
				return true
			}
		}
		i += size
	}
	return false
}

// dotThenDigit reports whether the first period of s is followed by white
// space and an ASCII digit: what datelineDot ("Москва. 24 ноября. ТАСС -")
// needs, as its place words hold no period and \d is ASCII.
func dotThenDigit(s string) bool {
	i := strings.IndexByte(s, '.')
	if i <= 0 {
		return false
	}
	j := i + 1
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r') {
		j++
	}
	return j > i+1 && j < len(s) && s[j] >= '0' && s[j] <= '9'
}

// hasAnyPhrase reports whether one of phrases occurs in s, as a
// strings.Contains per phrase would. When the phrases open with the same
// byte (the asides all open with ", "), s is read once, jumping from one
// occurrence of that byte to the next.
func hasAnyPhrase(s string, phrases []string) bool {
	if len(phrases) == 0 {
		return false
	}
	same := true
	for _, p := range phrases {
		if p == "" || p[0] != phrases[0][0] {
			same = false
			break
		}
	}
	if !same {
		for _, p := range phrases {
			if strings.Contains(s, p) {
				return true
			}
		}
		return false
	}
	c := phrases[0][0]
	for i := strings.IndexByte(s, c); i >= 0; {
		for _, p := range phrases {
			if strings.HasPrefix(s[i:], p) {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], c)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// wordSeqIndex finds the word sequences of a fixed list by their first
// word: a filter of the first words (and their plurals in s) and a map to
// the sequences they open, so a text's words are looked up once each
// instead of compared with every sequence.
type wordSeqIndex struct {
	seqs  [][]string // the list indexed; nil when it holds an empty sequence
	f     keyFilter
	first map[string][]int
}

// planSeqIndex indexes the loaded lexicon's planWordSeqs.
var planSeqIndex = sync.OnceValue(func() *wordSeqIndex {
	seqs := lexiconData().planWordSeqs
	ix := &wordSeqIndex{seqs: seqs, first: map[string][]int{}}
	for i, seq := range seqs {
		if len(seq) == 0 {
			ix.seqs = nil // matches any text with a word: left to the plain loop
			break
		}
		ix.first[seq[0]] = append(ix.first[seq[0]], i)
		ix.f.add(wordKey(seq[0]))
		ix.f.add(wordKey(seq[0] + "s"))
	}
	return ix
})

// match is hasWordSeq's loop for the indexed list, over the words of low
// at the offsets ws.
func (ix *wordSeqIndex) match(low string, ws [][2]int32) bool {
	word := func(i int) string { return low[ws[i][0]:ws[i][1]] }
	for i := range ws {
		w := word(i)
		if !ix.f.has(wordKey(w)) {
			continue
		}
		for pass := 0; pass < 2; pass++ {
			x := w
			if pass == 1 { // w may be x+"s"
				if len(w) < 2 || w[len(w)-1] != 's' {
					break
				}
				x = w[:len(w)-1]
			}
			for _, si := range ix.first[x] {
				seq := ix.seqs[si]
				if i+len(seq) > len(ws) {
					continue
				}
				match := true
				for k := 1; k < len(seq) && match; k++ {
					y, v := seq[k], word(i+k)
					match = v == y || len(v) == len(y)+1 && v[len(y)] == 's' && strings.HasPrefix(v, y) // y or y+"s"
				}
				if match {
					return true
				}
			}
		}
	}
	return false
}

// openerBuckets holds the loaded lexicon's termOpeners by the A-Z folded
// ASCII byte a text may open with: those opening with that letter in
// either case, and those opening with a character beyond ASCII (which
// EqualFold may still match, as the Kelvin sign matches "k"), in list
// order. A text opening beyond ASCII is read against the whole list.
var openerBuckets = sync.OnceValue(func() *[128][]string {
	b := new([128][]string)
	for _, o := range lexiconData().termOpeners {
		for c := range 128 {
			if o == "" || o[0] >= utf8.RuneSelf || foldASCII(o[0]) == foldASCII(byte(c)) {
				b[c] = append(b[c], o)
			}
		}
	}
	return b
})

// openersFor returns the termOpeners termOpenerAt must try on s: only
// those that can match its first byte when the lexicon is the loaded one.
func (lx *lexicon) openersFor(s string) []string {
	if s == "" || s[0] >= utf8.RuneSelf || lx != lexiconData() {
		return lx.termOpeners
	}
	return openerBuckets()[s[0]]
}

// runesAtMost is utf8.RuneCountInString(s) <= n, counting only when the
// length in bytes leaves it open: a character takes one to four bytes.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > 4*n {
		return false
	}
	return utf8.RuneCountInString(s) <= n
}

// hasASCIIUpper reports whether s holds a letter A-Z.
func hasASCIIUpper(s string) bool {
	return firstUpper(s, 0) < len(s) // (eight bytes a step, swar.go)
}
