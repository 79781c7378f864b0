// The filter in front of reportClause's verb classes (reportclause_verbs.go).

package corpus

import (
	"sync"
)

// reportVerbWords is a wideKeyFilter over every word reportVerbs.classOf
// can give a class: the keys of reportVerbBase and of each language's
// reportVerbExtra. classOf runs for every word of every sentence that gave
// no statement, and the map it asks holds thousands of verbs of all
// languages: its look-ups mostly missed the cache to answer "none".
var reportVerbWords = sync.OnceValue(func() *wideKeyFilter {
	sets := []map[string]uint8{reportVerbBase()}
	for _, m := range reportVerbExtra() {
		sets = append(sets, m)
	}
	return wideWordFilter(sets...)
})

// reportNounSet is the built-in lexicon's speech nouns as a lowerSet:
// reportAnnounced asks it for every word of every sentence that gave no
// statement, and lower-cased each word on the heap to ask the map.
var reportNounSet = sync.OnceValue(func() lowerSet { return newLowerSet(lexiconData().report.nouns) })

// reportNoun reports whether w, in any case, is a noun announcing who
// speaks next ("Widerspruch", "Kritik").
func (x *extractor) reportNoun(w string) bool {
	if x.lx == lexiconData() {
		return reportNounSet().has(w)
	}
	return lowerIn(x.lx.report.nouns, w) // a test's own lexicon
}
