// Which join of a sentence that gives two points' terms parts them. A
// sentence such as "In its version of point 13, sanctions could be eased
// gradually, and reimposed if the deal is broken; in its point 14, Ukraine
// would be rebuilt …" was cut at its first comma join (", and ") because a
// point reference followed somewhere after it, so point 13 lost the half
// of its term after the comma. The reference must belong to the clause the
// join opens: it must stand before the next comma join or semicolon
// (clauseJoins), where the clause that names it begins.

package corpus

import "strings"

// joinedClauseHead is after, the text following a comma join, up to the
// next comma join or semicolon: the clause the join opens.
func joinedClauseHead(after string) string {
	end := len(after)
	for _, j := range clauseJoins {
		if bareJoin(j) {
			continue
		}
		if i := strings.Index(after[:end], j); i >= 0 {
			end = i
		}
	}
	return after[:end]
}
