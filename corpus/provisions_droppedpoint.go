// A point said to be gone from the text the context speaks of: "And the
// amnesty in point 26 is simply gone from their version" (ZK zk02),
// "Sparisce invece del tutto il terzo punto, secondo cui la Russia non
// avrebbe invaso i vicini …" (ZI zi06), "The 26th point grants full
// amnesty …; the European text removes it" (ZV zv05, read by
// laterContrastAt). Under a heading or lead-in on the counter-proposal the
// point was given that version, but what is gone from it is the point of
// the text it rewrote, the US draft (contrastedPlan's partner). A point's
// own verb of dropping after it ("Point 7 drops the requirement …") is
// that version's change and is left alone: only a word of absence after
// the point ("is gone", "fehlt", "manca") or a drop or absence word
// before it in its clause ("scraps point 3", "Sparisce … il terzo punto")
// tell that the point itself is what is missing.

package corpus

import (
	"strings"
	"sync"
)

// absenceStems is pointrefs.json's absenceStems.
var absenceStems = sync.OnceValue(func() []string {
	var d struct {
		Stems []string `json:"absenceStems"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return d.Stems
})

// droppedPoint reports whether the clause of s that names a point at
// s[ref:end] says the point is gone: an absence word after it, or a drop
// or absence word before it in its clause.
func droppedPoint(s string, ref, end int) bool {
	if ref < 0 || end > len(s) || ref > end {
		return false
	}
	before := lowerString(s[pointClauseStart(s, ref):ref])
	if stemIn(before, planTermsData().dropStems) || stemIn(before, absenceStems()) {
		return true
	}
	after := s[end:]
	for _, sep := range []string{", ", "; ", ": ", " — ", " – "} {
		if i := strings.Index(after, sep); i >= 0 {
			after = after[:i]
		}
	}
	return stemIn(lowerString(after), absenceStems())
}
