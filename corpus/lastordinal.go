package corpus

import (
	"sync"
)

// A plan's last point is often named so, not by its number: "Το τελευταίο
// σημείο ορίζει ότι η εκεχειρία …", "Viimeinen kohta määrää …", "the final
// point provides …". The US draft has 28 points and the counter-proposal
// follows its numbering, so "the last point" next to a point word is
// point lastPoint (pointrefs.json), read where ordinalAt reads an ordinal
// in words; the words for "last" are data for every language.

// lastOrdinalData is pointrefs.json's lastOrdinals and lastPoint.
var lastOrdinalData = sync.OnceValue(func() *struct {
	words map[string]bool
	point int
} {
	var d struct {
		Words []string `json:"lastOrdinals"`
		Point int      `json:"lastPoint"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return &struct {
		words map[string]bool
		point int
	}{set(d.Words), d.Point}
})

// lastOrdinal is the number of the point a word for "last" names, or 0.
func lastOrdinal(w string) int {
	d := lastOrdinalData()
	if lowerIn(d.words, w) {
		return d.point
	}
	return 0
}
