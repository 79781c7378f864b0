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

// tensOnlyBeforeData is pointrefs.json's tensOnlyBefore: tens words that
// are common words elsewhere ("on"), with the unit ordinals of their own
// language, the only ones they join.
var tensOnlyBeforeData = sync.OnceValue(func() map[string]map[string]bool {
	var o struct {
		Only map[string][]string `json:"tensOnlyBefore"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &o)
	m := map[string]map[string]bool{}
	for t, units := range o.Only {
		m[t] = map[string]bool{}
		for _, u := range units {
			m[t][u] = true
		}
	}
	return m
})

// tensValue is the tens tens names before the unit ordinal unit (both
// lower case), 0 when tens is no tens word or may not join that unit:
// Turkish "on" joins "beşinci", not English "fifth".
func tensValue(tens, unit string) int {
	t := ordinalTensData()[tens]
	if t == 0 {
		return 0
	}
	if only, ok := tensOnlyBeforeData()[tens]; ok && !only[unit] {
		return 0
	}
	return t
}

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
// from unitWord, the word ending at end of s) makes with the tens word
// before it: "двадцять" before "шостий" gives 26. Without a tens word
// before it, the unit stands.
func compoundOrdinal(s string, end int, unitWord string, unit int) int {
	if unit < 1 || unit > 9 {
		return unit
	}
	w := wordBefore(s, end)
	if w == "" {
		return unit
	}
	if lowerIn(ordinalJoinersData(), w) {
		// "двадесет и пета точка", "dvadeset i peta točka": the tens
		// joined to the unit by "and"
		w = wordBefore(s, end-len(w)-1)
	}
	if t := tensValue(lowerString(strings.Trim(w, "*_")), lowerString(unitWord)); t > 0 {
		return t + unit
	}
	return unit
}

// hyphenOrdinal reads an ordinal written as one hyphenated word
// ("twenty-first", "vingt-et-unième" is not read), 0 for any other word.
func hyphenOrdinal(lx *lexicon, w string) int {
	tens, unit, ok := strings.Cut(lowerString(w), "-")
	if !ok {
		return 0
	}
	t := tensValue(tens, unit)
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
	l := lowerString(w2)
	if ordinalTensData()[l] > 0 {
		w3, end := nextWord(s, after)
		if lowerIn(ordinalJoinersData(), w3) {
			w3, end = nextWord(s, end) // "punctul al douăzeci și treilea"
		}
		if w3 != "" {
			if t, u := tensValue(l, lowerString(w3)), lowerIn(lx.ordinals, w3); t > 0 && u >= 1 && u <= 9 {
				return t + u, end
			}
		}
	}
	return lx.ordinals[l], after
}
