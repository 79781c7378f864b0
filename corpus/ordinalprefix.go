// Ordinal prefixes between a point word and its number: Vietnamese writes
// "Điểm thứ 25" ("the 25th point", thứ making the number an ordinal) and
// Indonesian "poin ke-21". pointRefEnd reads the number after the prefix,
// as it reads it after "№" or "nr.".

package corpus

import (
	"strings"
	"sync"
)

// ordinalPrefixesData is pointrefs.json's ordinalPrefixes, in lower case.
var ordinalPrefixesData = sync.OnceValue(func() []string {
	var d struct {
		Prefixes []string `json:"ordinalPrefixes"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return d.Prefixes
})

// cutOrdinalPrefix returns rest without an ordinal prefix opening it when
// a digit follows the prefix ("thứ 25 yêu cầu" gives "25 yêu cầu",
// "ke-21" gives "21"), and rest as it is otherwise.
func cutOrdinalPrefix(rest string) string {
	for _, p := range ordinalPrefixesData() {
		if !hasPrefixLowered(rest, p) {
			continue
		}
		after := strings.TrimLeft(rest[len(p):], " ")
		if after != "" && isDigit(after[0]) {
			return after
		}
	}
	return rest
}
