// Points named by an ordinal after the point word in a verb-first
// language. Arabic puts the verb that sets out a term before its subject
// and the ordinal after its noun ("ويدعو البند الخامس والعشرون إلى …",
// "تنص الخطة في بندها السادس على …", "وبحسب البند الرابع عشر، …"), and
// writes the teens and the tens after the unit ("الرابع عشر", the
// fourteenth; "الخامس والعشرون", the twenty-fifth). ordinalAt reads an
// ordinal after a point word only when a point verb follows it; here the
// verb, or an according word, stands in the few words before the point
// word, and the tens come from pointrefs.json's ordinalTensAfter.

package corpus

import (
	"strings"
	"sync"
)

// pointVerbBeforeWords is how many words before a point word a verb or an
// according word may stand: the verb, the document and a preposition
// ("تنص الخطة الأمريكية في بندها").
const pointVerbBeforeWords = 4

// ordinalTensAfterData is pointrefs.json's ordinalTensAfter: the words
// after a unit ordinal that add their tens to it.
var ordinalTensAfterData = sync.OnceValue(func() map[string]int {
	var d struct {
		Tens map[string]int `json:"ordinalTensAfter"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return d.Tens
})

// tensAfterOrdinal adds to the unit n the tens a word after it at s[after:]
// writes ("عشر", "والعشرون") and returns the sum and where that word ends;
// n and after as they are when none follows.
func tensAfterOrdinal(s string, n, after int) (int, int) {
	w, end := nextWord(s, after)
	if t := lowerIn(ordinalTensAfterData(), strings.TrimRight(w, ",،")); t > 0 && n >= 1 && n <= 9 && strings.HasPrefix(strings.TrimLeft(s[after:], " "), w) {
		return n + t, end
	}
	return n, after
}

// pointVerbBefore reports whether a point verb or an according word stands
// among the few words before start in s.
func pointVerbBefore(lx *lexicon, s string, start int) bool {
	for k := 0; k < pointVerbBeforeWords && start > 1; k++ {
		w := wordBefore(s, start)
		if w == "" {
			return false
		}
		l := lowerString(strings.Trim(w, ",،"))
		if ordinalSuffixData().verbs[l] || lx.according[l] || lx.isProseVerb(w) {
			return true
		}
		start -= len(w) + 1
	}
	return false
}
