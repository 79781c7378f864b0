// Compound ordinals: most languages write the ordinals past the teens in
// two words, the tens then the unit ("двадцять шостий пункт", "εικοστό
// πρώτο σημείο", "dwudziesty pierwszy punkt", "vigésimo primer punto",
// "δέκατο τρίτο σημείο"), or join them with a hyphen ("the twenty-first
// point"). plans.json's ordinals read the unit; the tens before it, from
// pointrefs.json's ordinalTens, are added to it, so the 26th point is not
// read as the 6th.

package corpus

import (
	"strings"
	"sync"
)

// ordinalTensData is pointrefs.json's ordinalTens: a word naming the tens
// of a compound ordinal and their value, in the case forms news uses.
var ordinalTensData = sync.OnceValue(func() map[string]int {
	var o struct {
		Tens map[string]int `json:"ordinalTens"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &o)
	return o.Tens
})

// ordinalJoinersData is pointrefs.json's ordinalJoiners: the word for
// "and" some languages put between the tens and the unit of an ordinal.
var ordinalJoinersData = sync.OnceValue(func() map[string]bool {
	var o struct {
		Joiners []string `json:"ordinalJoiners"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &o)
	m := map[string]bool{}
	for _, w := range o.Joiners {
		m[w] = true
	}
	return m
})

// compoundOrdinal is the ordinal a unit ordinal unit (1 to 9, already read
// from the word ending at end of s) makes with the tens word before it:
// "двадцять" before "шостий" gives 26. Without a tens word before it, the
// unit stands.
func compoundOrdinal(s string, end, unit int) int {
	if unit < 1 || unit > 9 {
		return unit
	}
	w := wordBefore(s, end)
	if w == "" {
		return unit
	}
	if ordinalJoinersData()[strings.ToLower(w)] {
		// "двадесет и пета точка", "dvadeset i peta točka": the tens
		// joined to the unit by "and"
		w = wordBefore(s, end-len(w)-1)
	}
	if t := ordinalTensData()[strings.ToLower(strings.Trim(w, "*_"))]; t > 0 {
		return t + unit
	}
	return unit
}

// hyphenOrdinal reads an ordinal written as one hyphenated word
// ("twenty-first", "vingt-et-unième" is not read), 0 for any other word.
func hyphenOrdinal(lx *lexicon, w string) int {
	tens, unit, ok := strings.Cut(strings.ToLower(w), "-")
	if !ok {
		return 0
	}
	t := ordinalTensData()[tens]
	u := lx.ordinals[unit]
	if t == 0 || u < 1 || u > 9 {
		return 0
	}
	return t + u
}

// ordinalAfter is the ordinal a point word's following word w2 names,
// with the unit after it when w2 names the tens ("punkt dwudziesty
// pierwszy"); after is where the ordinal ends in s.
func ordinalAfter(lx *lexicon, s, w2 string, after int) (int, int) {
	l := strings.ToLower(w2)
	if t := ordinalTensData()[l]; t > 0 {
		if w3, end := nextWord(s, after); w3 != "" {
			if u := lx.ordinals[strings.ToLower(w3)]; u >= 1 && u <= 9 {
				return t + u, end
			}
		}
	}
	return lx.ordinals[l], after
}
