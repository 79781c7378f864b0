// A relative clause with two verbs. "Ann Fox, who heads the mayor's office
// and led the team, wrote …": the description is the first verb's clause,
// "who heads the mayor's office"; the second says what the person did. The
// first is the role, as long as the whole clause is still closed by a
// comma and says nothing (a speech verb after the coordinator is what the
// sentence reports, not who the person is). The coordinators are data
// (obliqueroles.json apposition.and), in several languages.

package corpus

import "strings"

// relativeAndOff disables the reading, for the test that shows each of its
// cases needs it.
var relativeAndOff bool

// coordinatedClauseEnd returns the token that closes, with a comma, the
// relative clause that goes on after the coordinator at toks[and], or and
// itself when the clause is not closed within twelve words or holds a
// speech verb (appositionRoles then learns nothing).
func (x *extractor) coordinatedClauseEnd(toks []tok, and int) int {
	if relativeAndOff {
		return and
	}
	for k := and + 1; k < len(toks) && k-and <= 12; k++ {
		if x.lx.sayVerbs[lowerWord(toks[k])] {
			return and
		}
		if t := toks[k].trail; t != "" {
			if strings.HasPrefix(t, ",") {
				return k
			}
			return and
		}
	}
	return and
}
