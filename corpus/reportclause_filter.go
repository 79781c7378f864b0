// The filter in front of reportClause's verb classes (reportclause_verbs.go).

package corpus

import "sync"

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
