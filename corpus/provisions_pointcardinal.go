// A point named by its point word and a cardinal in words: "Point
// seventeen sets up a committee to swap all prisoners for all", "Point
// nineteen makes the agreement legally binding …", "in point five the
// United States, NATO and Europe offer guarantees …", "point seven gives a
// defined date for membership". The point references read a figure after
// the point word ("point 17"), and a cardinal in words only in a label
// ("Point one: …", pointlabels.go) or a note ("(point four)",
// provisions_notepoint.go), so such a clause gave no provision, or one
// with another number (stop 71, zprov2: sets ZZE, ZZH, ZZI, ZZJ, ZZQ, ZZR).
// A point word (plans.json pointWords, pointRefWords) followed by a
// cardinal of pointLabelCardinals, not after a determiner ("at this point
// one …"), not before another number word and not closed by a comma (a
// point named in passing: "anything that touches point nine, the fighter
// jets …") and not closed by a bracket (a note or a cross-reference:
// "(see point six)"), heads a clause that runs to the next such head, or to a point
// named by its figure ("…, and in point 15 both sides …"), or to the
// sentence's end; as with a bare ordinal
// (provisions_bareordinal.go), the clause is that point when the catalogue
// numbers a term it holds with the cardinal in some version, and that
// version is the point's.

package corpus

import (
	"strings"
	"sync"
)

// pointCardinalLooks are the strings the first look at a paragraph seeks:
// a point word, a space and a cardinal in words, lower case.
func pointCardinalLooks() []string {
	lx := lexiconData()
	var looks []string
	for c := range lx.labelCardinals {
		for w := range lx.pointWords {
			looks = append(looks, lowerString(w)+" "+lowerString(c))
		}
		for w := range lx.pointRefs {
			looks = append(looks, lowerString(w)+" "+lowerString(c))
		}
	}
	return looks
}

// pointCardinalLook is the first look at a paragraph: whether it holds one
// of pointCardinalLooks (spacejoin.go).
var pointCardinalLook = sync.OnceValue(func() *spaceJoin {
	lx := lexiconData()
	var heads, tails []string
	for w := range lx.pointWords {
		heads = append(heads, lowerString(w))
	}
	for w := range lx.pointRefs {
		heads = append(heads, lowerString(w))
	}
	for c := range lx.labelCardinals {
		tails = append(tails, lowerString(c))
	}
	return newSpaceJoin(heads, tails)
})

// pointCardinals reads the clauses headed by a point word and a cardinal
// in words, as above.
func pointCardinals(out []Provision, ps []paragraph, src Source) []Provision {
	return numberedClauses(out, ps, src, pointCardinalLook().in, pointCardinalClauses)
}

// pointCardinalClauses finds the clauses of s (a sentence) headed by a
// point word and a cardinal in words (before the catalogue gate).
func pointCardinalClauses(lx *lexicon, s string) []ordinalClause {
	low := lowerString(s)
	if len(low) != len(s) {
		return nil // (offsets in the lowered text must be s's)
	}
	words := sentenceWords(low)
	type head struct {
		n, at, from int
		w           string
	}
	var heads []head
	type ref struct {
		w  string
		at int
	}
	var refs []ref // where a point word before a figure stands ("…, and in point 15 both sides …"): another point's clause
	for k := 0; k+1 < len(words); k++ {
		ws := words[k]
		if !lx.pointWords[ws.w] && !lx.pointRefs[ws.w] {
			continue
		}
		if isDigit(words[k+1].w[0]) {
			refs = append(refs, ref{ws.w, ws.start})
			continue
		}
		n := lx.labelCardinals[words[k+1].w]
		if n <= 0 || low[ws.end:words[k+1].start] != " " {
			continue
		}
		if k+2 < len(words) && (lx.labelCardinals[words[k+2].w] > 0 || lx.ordinals[words[k+2].w] > 0) {
			continue // "point one hundred", "punto uno secondo": no point's number
		}
		if k > 0 && pointDeterminers[words[k-1].w] {
			continue // "at this point one of them …"
		}
		if strings.HasPrefix(low[words[k+1].end:], ",") {
			continue // "anything that touches point nine, the fighter jets …": the point named in passing, its verb before it
		}
		if strings.HasPrefix(low[words[k+1].end:], ")") {
			continue // "(point four)" is the notes' (provisions_notepoint.go), "(see point six)" a cross-reference: no clause follows
		}
		from := words[k+1].end
		for from < len(low) && strings.ContainsRune(" :,", rune(low[from])) || from+2 < len(low) && (low[from:from+3] == "—" || low[from:from+3] == "–") {
			if low[from] < 0x80 {
				from++
			} else {
				from += 3
			}
		}
		heads = append(heads, head{n, ws.start, from, ws.w})
	}
	var out []ordinalClause
	for i, h := range heads {
		end := len(s)
		if i+1 < len(heads) {
			end = clauseEndBefore(low, h.from, heads[i+1].at)
		}
		for _, r := range refs {
			if r.w == h.w && r.at > h.from && r.at < end {
				end = clauseEndBefore(low, h.from, r.at) // (the same point word: "Article 5" is no point)
				break
			}
		}
		if t := strings.TrimRight(strings.TrimSpace(s[h.from:end]), " .,;:"); strings.Count(t, " ") >= 2 {
			out = append(out, ordinalClause{h.n, t})
		}
	}
	return out
}
