// One scan of a sentence for the space-led looks of learnRoles.

package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// learnRoles asked three lookSets of each sentence in turn whether it
// holds a title qualifier (" a. D. "), an affiliation preposition
// (" vom ") or a verb of office (" chairs "): three passes over every
// sentence from space to space, for looks nearly no sentence holds.
// roleLookGroup merges the three lists, each look tagged with the bit of
// its list, and one pass tells which lists a sentence holds.
const (
	roleLookQual   = 1 << iota // titleQualifierData().looks
	roleLookAff                // affLookSet()
	roleLookOffice             // officeVerbs()[lang].look
)

// lookGroup is a lookSet whose looks each carry the bits of the lists
// they come from.
type lookGroup struct {
	set  *lookSet
	bits []uint8 // per look of set
	all  uint8   // every bit some look carries
}

// newLookGroup merges lists (each with its bit) into one lookGroup; a
// look in several lists carries all their bits.
func newLookGroup(lists map[uint8][]string) *lookGroup {
	g := &lookGroup{}
	at := map[string]int{}
	var looks []string
	for _, bit := range []uint8{roleLookQual, roleLookAff, roleLookOffice} {
		for _, l := range lists[bit] {
			if j, ok := at[l]; ok {
				g.bits[j] |= bit
				continue
			}
			at[l] = len(looks)
			looks = append(looks, l)
			g.bits = append(g.bits, bit)
		}
		if len(lists[bit]) > 0 {
			g.all |= bit
		}
	}
	g.set = newLookSet(looks)
	return g
}

// holds returns the bits of the lists of which s holds a look: what
// lookSet.in of each list would report. It stops once every list is
// found.
func (g *lookGroup) holds(s string) uint8 {
	ls := g.set
	var got uint8
	for _, j := range ls.short {
		if strings.Contains(s, ls.looks[j]) {
			got |= g.bits[j]
		}
	}
	if ls.lead < 0 {
		for i := 0; i+1 < len(s) && got != g.all; i++ {
			got |= g.at(s, i)
		}
		return got
	}
	b := byte(ls.lead)
	for i := 0; i+1 < len(s) && got != g.all; i++ {
		k := strings.IndexByte(s[i:len(s)-1], b)
		if k < 0 {
			break
		}
		i += k
		got |= g.at(s, i)
	}
	return got
}

// at is the bits of the looks that open s at i.
func (g *lookGroup) at(s string, i int) uint8 {
	ls := g.set
	js := ls.at(s, i)
	if js == nil || ls.triMiss(s, i) {
		return 0
	}
	var got uint8
	for _, j := range js {
		if strings.HasPrefix(s[i:], ls.looks[j]) {
			got |= g.bits[j]
		}
	}
	return got
}

// roleLookGroups is learnRoles' lookGroup for each language with verbs of
// office, and under "" the one for every other language.
var roleLookGroups = sync.OnceValue(func() map[string]*lookGroup {
	qual, aff := titleQualifierData().looks.looks, affLookSet().looks
	out := map[string]*lookGroup{"": newLookGroup(map[uint8][]string{roleLookQual: qual, roleLookAff: aff})}
	for lang, ov := range officeVerbs() {
		out[lang] = newLookGroup(map[uint8][]string{roleLookQual: qual, roleLookAff: aff, roleLookOffice: ov.look.looks})
	}
	return out
})

// roleLooks is the lookGroup learnRoles reads a sentence in lang with.
func roleLooks(lang string) *lookGroup {
	gs := roleLookGroups()
	if g, ok := gs[lang]; ok && lang != "" {
		return g
	}
	return gs[""]
}

// learnRoles also asked every word of a sentence whether it is a
// first-person possessive (possessiveRoleLook) and then, in a second pass,
// whether it is a definite article opening a sentence (articleRoleLook):
// two map look-ups of a lowered copy for nearly every word. roleWordSet
// merges the two lists into one map whose values carry the bits of the
// lists, behind a keyFilter of the keys, and roleWordLooks answers both in
// one pass.
const (
	roleWordPossessive = 1 << iota // firstPersonPossessives()
	roleWordArticle                // definiteArticles
)

// maxRoleWordLen is the longest word (in bytes, as written) roleWordLooks
// asks about: possessiveRoleLook's bound; articleRoleLook's is 4.
const maxRoleWordLen = 12

type roleWordSet struct {
	m map[string]uint8
	f *keyFilter
}

var roleWords = sync.OnceValue(func() roleWordSet {
	m := map[string]uint8{}
	for w := range firstPersonPossessives() {
		m[w] |= roleWordPossessive
	}
	for w := range definiteArticles {
		m[w] |= roleWordArticle
	}
	return roleWordSet{m: m, f: wordFilter(m)}
})

// of is the bits of the lists holding w in lower case: lowerIn of each,
// a word of ASCII letters first asked of the filter.
func (ws roleWordSet) of(w string) uint8 {
	var buf [maxRoleWordLen + 8]byte
	if isASCII(w) {
		if !ws.f.has(wordKey(w)) { // wordKey folds A-Z: the key of the lower-case word
			return 0
		}
		return ws.m[string(appendLowerASCII(buf[:0], w))]
	}
	l := appendLower(buf[:0], w)
	if !ws.f.has(wordKey(unsafe.String(unsafe.SliceData(l), len(l)))) {
		return 0
	}
	return ws.m[string(l)]
}

// roleWordLooks is possessiveRoleLook(s) and articleRoleLook(s) in one pass
// over the words of s (split at single spaces, as written). Whether an
// article follows a sentence's end is asked only of an article: the words
// before it are read back to the last that is not only gap marks.
func roleWordLooks(s string) (poss, art bool) {
	ws := roleWords()
	for start := 0; start < len(s) && !(poss && art); {
		end := strings.IndexByte(s[start:], ' ')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if w := s[start:end]; w != "" && len(w) <= maxRoleWordLen {
			if b := ws.of(w); b != 0 {
				poss = poss || b&roleWordPossessive != 0
				art = art || b&roleWordArticle != 0 && len(w) <= 4 && (start == 0 || endsSentenceBefore(s, start))
			}
		}
		start = end + 1
	}
	return poss, art
}

// endsSentenceBefore reports whether the words of s before the word at
// start (start > 0, just after a space) end a sentence as articleRoleLook
// reads them: the last word that is not only gap marks (or the first word
// of s), with the gap-mark words after it run together, must satisfy
// sentenceEnded.
func endsSentenceBefore(s string, start int) bool {
	end := start - 1 // the space before the word
	from := 0
	for k := end; k > 0; {
		i := strings.LastIndexByte(s[:k], ' ')
		w := s[i+1 : k]
		if i < 0 || !onlyGapMarks(w) {
			from = i + 1
			break
		}
		k = i
	}
	// sentenceEnded of the words from..end with their spaces dropped: its
	// TrimRight and suffix test read the end only, past spaces
	k := end
	for k > from {
		r, n := utf8.DecodeLastRuneInString(s[from:k])
		if r == ' ' || strings.ContainsRune("»\"“”)", r) {
			k -= n
			continue
		}
		return r == '.' || r == '!' || r == '?'
	}
	return false
}
