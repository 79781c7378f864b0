package index

// Query words scattered over a long text.
//
// The ranking's first measure is how many query words a hit matches
// (markResult.weight). A short paragraph that matches four words says
// something about all four; a whole table read as one passage (a CSV
// export, a register, a log without blank lines) or a long transcript
// matches four words from four unrelated rows just as well, and then
// outranks the paragraph that answers. Proximity is the usual remedy:
// for a text longer than farTextTokens, only the words inside its
// densest stretch of farWindowTokens count for the ranking. The words
// still count for the relevance rule (the text does hold them), and
// words matched without a place (a phrase, a point gloss) always count.

// farTextTokens is the length in tokens above which a text's matched words
// are weighed by where they stand: longer than nearly every paragraph of
// prose, shorter than a table of a dozen rows.
const farTextTokens = 160

// farWindowTokens is the stretch of tokens whose matched words count for a
// long text: a few sentences, or two or three rows of a table.
const farWindowTokens = 60

// wordSpots collects, for one long text, the token positions at which each
// query word matched. A nil *wordSpots collects nothing (short texts).
type wordSpots struct {
	pos  []int // token positions, ascending
	word []int // the query word matched at pos[i]
	// anywhere says which query words matched without a place of their
	// own (a phrase's words, the point gloss): never far.
	anywhere []bool
}

// at records that the query words ws matched at token position p.
func (s *wordSpots) at(p int, ws []int) {
	if s == nil {
		return
	}
	for _, w := range ws {
		s.pos = append(s.pos, p)
		s.word = append(s.word, w)
	}
}

// everywhere records that query word w matched without a place.
func (s *wordSpots) everywhere(w int) {
	if s != nil && w < len(s.anywhere) {
		s.anywhere[w] = true
	}
}

// far returns which of the matched query words stand only outside the
// densest stretch of farWindowTokens (the one holding the most distinct
// query words, the first of equals), or nil when none does.
func (s *wordSpots) far(matched []bool) []bool {
	if s == nil || len(s.pos) == 0 {
		return nil
	}
	n := len(matched)
	count := make([]int, n)
	distinct, best, bestLo, bestHi := 0, 0, 0, 0
	lo := 0
	for hi := range s.pos {
		if w := s.word[hi]; w < n {
			if count[w] == 0 {
				distinct++
			}
			count[w]++
		}
		for s.pos[hi]-s.pos[lo] >= farWindowTokens {
			if w := s.word[lo]; w < n {
				count[w]--
				if count[w] == 0 {
					distinct--
				}
			}
			lo++
		}
		if distinct > best {
			best, bestLo, bestHi = distinct, lo, hi
		}
	}
	in := make([]bool, n)
	for i := bestLo; i <= bestHi; i++ {
		if w := s.word[i]; w < n {
			in[w] = true
		}
	}
	var far []bool
	for w, ok := range matched {
		if !ok || in[w] || s.anywhere[w] {
			continue
		}
		located := false
		for i, x := range s.word {
			if x == w && (i < bestLo || i > bestHi) {
				located = true
				break
			}
		}
		if !located {
			continue
		}
		if far == nil {
			far = make([]bool, n)
		}
		far[w] = true
	}
	return far
}

// near is r with the words a long text holds only far from its densest
// stretch left unmatched: what the ranking weighs (see far).
func (r markResult) near() markResult {
	if r.far == nil {
		return r
	}
	m := make([]bool, len(r.matched))
	for i, ok := range r.matched {
		m[i] = ok && (i >= len(r.far) || !r.far[i])
	}
	r.matched = m
	return r
}
