// A demonstrative before a point word usually makes the idiom "at that
// point", "a questo punto", "на этом этапе", so pointRefEnd skips a point
// word after one of grammar.json's pointDeterminers. With a number after
// the point word and no preposition before the demonstrative, the same
// words name a numbered point: "The draft says that point 7 caps the
// army" ("that" is the conjunction there), "Critics reject this point
// 12", "Die Kritik gilt jenem Punkt 7". "At that point 300 people had
// left" keeps its preposition and stays the idiom.

package corpus

import (
	"strings"
	"sync"
)

// demonstrativeData is pointrefs.json's demonstrativePoints,
// idiomPrepositions, referredLines and lineDemonstratives, as sets.
var demonstrativeData = sync.OnceValue(func() (d struct{ dems, preps, lines, lineDems map[string]bool }) {
	var o struct {
		Dems     []string `json:"demonstrativePoints"`
		Preps    []string `json:"idiomPrepositions"`
		Lines    []string `json:"referredLines"`
		LineDems []string `json:"lineDemonstratives"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &o)
	d.dems, d.preps, d.lines, d.lineDems = set(o.Dems), set(o.Preps), set(o.Lines), set(o.LineDems)
	return d
})

// demonstrativeNumbered reports whether the point word ending at end in s,
// after the determiner det (lower case) which follows the word before,
// names a numbered point rather than the idiom: det is a demonstrative,
// before is no preposition, and a number follows the point word.
func demonstrativeNumbered(s string, end int, det, before string) bool {
	d := demonstrativeData()
	if !d.dems[det] || lowerIn(d.preps, strings.Trim(before, ",;:—–-\"“”«»„()")) {
		return false
	}
	rest := strings.TrimLeft(s[end:], " ")
	k := 0
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	// a point's number has one or two digits and stands alone ("point
	// 7,", "Punkt 7 ab"); "this point 300 people" counts something
	return k > 0 && k <= 2 && (k == len(rest) || !isASCIILetter(rest[k]) && rest[k] != ',' || rest[k] == ',' && (k+1 == len(rest) || rest[k+1] == ' '))
}
