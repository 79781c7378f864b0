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
	// byStarts: the entries allow wordsIn to look only at word starts
	// (startsSafe, pointwords_starts.go)
	byStarts bool
}

func newPointMidScan(mids []string) *pointMidScan {
	return &pointMidScan{mids: mids, pairIndex: newPairIndex(mids), byStarts: startsSafe(mids)}
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
// word-boundary checks, the same sorted and compacted result. It reads
// only the word starts when the entries allow (pointwords_starts.go).
func (ps *pointMidScan) wordsIn(s string) []wordAt {
	if ps.byStarts && !gatesOff {
		return ps.wordsAtStarts(s)
	}
	return ps.wordsInPairs(s)
}

// wordsInPairs is wordsIn testing the byte pair at every position.
func (ps *pointMidScan) wordsInPairs(s string) []wordAt {
	var out []wordAt
	// where each entry may match again (its last match's end), for the
	// entries that matched so far: a few per text, so a short list read
	// in full rather than a slot per entry (the lexicon has hundreds of
	// entries, and that slice was a seventh of Parse's garbage)
	var nextBuf [16]midEnd
	next := midEnds(nextBuf[:0])
	hit := func(at, j int) {
		next = next.with(j, at+len(ps.mids[j]))
		// the word starts one letter before the match: one byte in
		// Latin script, two in Cyrillic
		ws := at - 1
		if ws > 0 && s[ws]&0xC0 == 0x80 {
			ws--
		}
		if ws < 0 || ws > 0 && !wordStartAfter(s[:ws]) {
			return // inside a word ("appointed") or after a hyphen ("28-point")
		}
		out = appendPointWord(out, s, ws, at)
	}
	for i := 0; i+1 < len(s); i++ {
		for _, j := range ps.at(s, i) {
			if i >= next.of(j) && strings.HasPrefix(s[i:], ps.mids[j]) {
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

// appendPointWord appends the word of s that starts at ws and runs from
// at, where a point-word entry matched, to the next space or punctuation,
// when it is one of the lexicon's point words: the one check every
// point-word scan makes of a match.
func appendPointWord(out []wordAt, s string, ws, at int) []wordAt {
	we := at
	for we < len(s) && s[we] != ' ' && s[we] != ',' && s[we] != '.' && s[we] != ':' && s[we] != ';' && s[we] != '\n' {
		we++
	}
	if w := s[ws:we]; len(w) >= 3 && (pointRefSet().has(w) || ordinalPointWord(s, ws, w)) {
		out = append(out, wordAt{w, ws, we})
	}
	return out
}

// midEnd is where entry j of a pointMidScan may match again.
type midEnd struct{ j, end int }

// midEnds holds the matched entries' ends; an entry not in it may match
// anywhere (0).
type midEnds []midEnd

// of returns the end recorded for entry j, 0 when none is.
func (m midEnds) of(j int) int {
	for _, e := range m {
		if e.j == j {
			return e.end
		}
	}
	return 0
}

// with records end for entry j, returning the list (grown when j is new).
func (m midEnds) with(j, end int) midEnds {
	for k := range m {
		if m[k].j == j {
			m[k].end = end
			return m
		}
	}
	return append(m, midEnd{j, end})
}
