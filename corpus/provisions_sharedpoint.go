package corpus

import "strconv"

// Points the 20-point framework shares with an earlier version. The
// December framework kept the US draft's first points at their numbers
// (sovereignty 1, non-aggression 2, guarantees 3), so "Point 3 promises
// strong security guarantees" alone fits both, and the version the
// context gave it (often the draft, the version named first or most)
// stays. A report from after the framework was presented that lists it
// says so through the points around: "Its point 7 says … Point 17 sets
// up … Point 3 promises … point 13 asks …" of a concert programme in
// January, a slide deck's "Ukraine's sovereignty is reaffirmed" between
// the framework's points. Such a shared point, its text naming no
// version, whose nearest numbered neighbours the 20-point text alone
// holds, is the framework's too. A neighbour that keeps another version
// ("The earlier American draft wanted elections within 100 days")
// keeps it where it is.
//
// "The last point" is the US draft's 28 (lastordinal.go); a text that
// also states the last point's number ("its final point, number 20",
// "Останній, двадцятий пункт") speaks of the framework, whose last point
// is its 20th.

// maxSharedNeighbourGap is the most paragraphs between a shared point and
// a neighbour that tells its version: a list's items, a slide's lines.
const maxSharedNeighbourGap = 2

// maxLastNumberWords is the most words after the word for "last" that may
// state the point's number ("final point, number 20").
const maxLastNumberWords = 3

// sharesTwentyPointNumber reports whether some term of p's text is
// numbered p.Number both by p's own version and by the 20-point text: the
// point fits either. low is p.Text in lower case.
func sharesTwentyPointNumber(c *termCatalogue, sc *termScan, p *Provision, low string) bool {
	if p.Plan == twentyPoint || p.Plan == unnamedPlan || p.Number <= 0 {
		return false
	}
	hits := c.matchTerms(sc, low)
	if len(hits) == 0 {
		return p.Number <= twentyPointLast // no term tells: the number fits the framework
	}
	for _, h := range hits {
		t := &c.terms[h.term]
		own, ok := ownNumber(t, p.Plan)
		if ok && own == p.Number && t.Points[twentyPoint] == p.Number && t.allows(twentyPoint) {
			return true
		}
	}
	return false
}

// sharedPointsWithNeighbours moves each shared provision of out (shared,
// sharesTwentyPointNumber) to the 20-point framework when the nearest
// numbered provision before it and the nearest after it (by paragraph,
// then by order within one), within maxSharedNeighbourGap paragraphs and
// not shared themselves, are the framework's, one side at least, and
// marks it in changed. out is not in paragraph order: each rule appends
// what it reads.
func sharedPointsWithNeighbours(out []Provision, shared, changed []bool) {
	var to []int
	for i := range out {
		if !shared[i] || out[i].Plan == twentyPoint {
			continue
		}
		before, after := -1, -1
		for j := range out {
			if j == i || shared[j] || out[j].Number <= 0 {
				continue
			}
			d := out[j].Position - out[i].Position
			switch {
			case d < -maxSharedNeighbourGap || d > maxSharedNeighbourGap:
			case d < 0 || d == 0 && j < i:
				if before < 0 || provisionBefore(out, before, j) {
					before = j
				}
			default:
				if after < 0 || provisionBefore(out, j, after) {
					after = j
				}
			}
		}
		if before < 0 && after < 0 {
			continue
		}
		if (before < 0 || out[before].Plan == twentyPoint) && (after < 0 || out[after].Plan == twentyPoint) {
			to = append(to, i)
		}
	}
	for _, i := range to {
		out[i].Plan, changed[i] = twentyPoint, true
	}
}

// provisionBefore reports whether out[a] stands before out[b]: in an
// earlier paragraph, or earlier in out within one.
func provisionBefore(out []Provision, a, b int) bool {
	if out[a].Position != out[b].Position {
		return out[a].Position < out[b].Position
	}
	return a < b
}

// lastPointStated is the number text states beside its word for "last"
// ("its final point, number 20", "l'ultimo punto, il 20", "Останній,
// двадцятий пункт"), or 0.
func lastPointStated(text string) int {
	lx := lexiconData()
	after := -1 // words read since the word for "last", -1 before it
	for i := 0; i < len(text); {
		w, next := nextWord(text, i)
		if w == "" {
			break
		}
		i = next
		switch {
		case lastOrdinal(w) > 0:
			after = 0
		case after < 0:
		case after >= maxLastNumberWords:
			return 0
		default:
			after++
			if n := lowerIn(lx.ordinals, w); n > 0 {
				if u := lowerIn(lx.ordinals, nextWordOf(text, i)); n%10 == 0 && u > 0 && u < 10 {
					n += u // "el último, el vigésimo octavo": the 28th
				}
				return n
			}
			if n, err := strconv.Atoi(w); err == nil && n > 0 && n <= lastOrdinalData().point {
				return n
			}
		}
	}
	return 0
}

// nextWordOf is the word of text from i on, or "".
func nextWordOf(text string, i int) string {
	w, _ := nextWord(text, i)
	return w
}
