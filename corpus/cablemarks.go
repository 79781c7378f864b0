// Cables, memos and e-mails printed in full (a leaked cable, a government
// memo a paper publishes, a forwarded e-mail in capitals) open with a
// routing header and, when classified, mark each paragraph's
// classification. Neither is speech: data/cablemarks.json lists both.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/cablemarks.json
var cableMarksJSON []byte

// cableMarks is data/cablemarks.json as sets, lower case.
type cableMarks struct {
	routing, portion map[string]bool
}

var cableMarksData = sync.OnceValue(func() *cableMarks {
	var d struct {
		Routing []string `json:"routingKeys"`
		Portion []string `json:"portionMarks"`
	}
	mustDecodeJSON("data/cablemarks.json", cableMarksJSON, &d)
	return &cableMarks{routing: setOf(d.Routing), portion: setOf(d.Portion)}
})

// routingKey reports whether label, the words before a colon, is a key of
// a routing header ("INFO", "SUBJ", "BETREFF").
func routingKey(label string) bool {
	return cableMarksData().routing[lowerString(strings.TrimSpace(label))]
}

// maxPortionMark bounds the bytes of a classification mark inside its
// parentheses ("TS//SCI").
const maxPortionMark = 10

// withoutPortionMark is t without the classification mark it opens with
// ("(C) [A State Department official] told …"), and whether it had one.
func withoutPortionMark(t string) (string, bool) {
	if len(t) < 4 || t[0] != '(' {
		return t, false
	}
	end := strings.IndexByte(t, ')')
	if end < 2 || end > maxPortionMark+1 || end+1 >= len(t) || t[end+1] != ' ' || !cableMarksData().portion[lowerString(t[1:end])] {
		return t, false
	}
	return strings.TrimLeft(t[end+1:], " "), true
}
