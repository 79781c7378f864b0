// pointWordsIn in one pass (provisions_prose.go).
//
// pointWordsIn looked for each of the lexicon's point-word letters
// (pointMids: "oint", "unkt", "ункт", …) with a strings.Index of its own
// over the whole paragraph, so every paragraph was read once per entry,
// most of them finding nothing. pointMidScan reads it once: each pair of
// bytes is tested against a bit set of the entries' first two bytes.

package corpus

import (
	"slices"
	"strings"
	"sync"
)

// pointMidScan indexes a lexicon's pointMids by their first two bytes.
type pointMidScan struct {
	mids []string
	pairIndex
}

func newPointMidScan(mids []string) *pointMidScan {
	return &pointMidScan{mids: mids, pairIndex: newPairIndex(mids)}
}

// lexiconPointMids is the pointMidScan of the built-in lexicon; a test's
// own lexicon is read the old way.
var lexiconPointMids = sync.OnceValue(func() *pointMidScan { return newPointMidScan(lexiconData().pointMids) })

// pointMidScanFor returns the scan for lx, nil when lx is not the
// built-in lexicon.
func pointMidScanFor(lx *lexicon) *pointMidScan {
	if lx != lexiconData() {
		return nil
	}
	return lexiconPointMids()
}

// wordsIn is lexicon.pointWordsIn: the same matches (each entry's
// occurrences left to right, not overlapping one another), the same
// word-boundary checks, the same sorted and compacted result.
func (ps *pointMidScan) wordsIn(s string) []wordAt {
	var out []wordAt
	var nextBuf [32]int
	next := nextBuf[:0] // where each entry may match again (its last match's end)
	if len(ps.mids) <= len(nextBuf) {
		next = nextBuf[:len(ps.mids)]
	} else {
		next = make([]int, len(ps.mids))
	}
	hit := func(at, j int) {
		next[j] = at + len(ps.mids[j])
		// the word starts one letter before the match: one byte in
		// Latin script, two in Cyrillic
		ws := at - 1
		if ws > 0 && s[ws]&0xC0 == 0x80 {
			ws--
		}
		if ws < 0 || ws > 0 && !wordStartAfter(s[:ws]) {
			return // inside a word ("appointed") or after a hyphen ("28-point")
		}
		we := at
		for we < len(s) && s[we] != ' ' && s[we] != ',' && s[we] != '.' && s[we] != ':' && s[we] != ';' && s[we] != '\n' {
			we++
		}
		if w := s[ws:we]; len(w) >= 3 && pointRefSet().has(w) {
			out = append(out, wordAt{w, ws, we})
		}
	}
	for i := 0; i+1 < len(s); i++ {
		for _, j := range ps.at(s, i) {
			if i >= next[j] && strings.HasPrefix(s[i:], ps.mids[j]) {
				hit(i, j)
			}
		}
	}
	for _, j := range ps.short {
		m := ps.mids[j]
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], m)
			if k < 0 {
				break
			}
			from += k
			hit(from, j)
			from += len(m)
		}
	}
	slices.SortFunc(out, func(a, b wordAt) int { return a.start - b.start })
	return slices.CompactFunc(out, func(a, b wordAt) bool { return a.start == b.start })
}
