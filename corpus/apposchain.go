// Appositives that hold more than a name or a title: a title and the
// name with a rank before it ("Driscoll's spokesman, Lieutenant Colonel
// Jeff Tolbert, said"), and a name with its title whose institution gets
// an appositive of its own ("Veronika Stadnyk, a defence analyst at the
// Institute for Strategic Choices, an independent think tank, said").
// Both are common in every language's wire copy.

package corpus

import "strings"

// appositiveMore reads the speaker of "head, appos," (the words before a
// speech verb) when appos is neither a bare name nor a title: a titled
// name after a title, or a description of the institution in the title
// the head already gives. It returns nil when neither holds.
func (x *extractor) appositiveMore(head string, htoks, atoks []tok) *speaker {
	if len(atoks) >= 3 && len(atoks) <= 6 && isCapital(atoks[len(atoks)-1].word) && x.roleLike(tokWords(htoks)) && !strings.Contains(head, ", ") {
		// "Driscoll's spokesman, Lieutenant Colonel Jeff Tolbert,": the
		// job before, the rank and name after
		if sp := x.classify(atoks, false); sp != nil && sp.kind == kindPerson && strings.Contains(atoks[len(atoks)-1].word, lastWord(sp.name)) {
			switch {
			case sp.role == "":
				sp.role = cleanRole(head)
			case !strings.Contains(sp.role, cleanRole(head)):
				sp.role = cleanRole(head) + ", " + sp.role
			}
			x.people[sp.name] = sp
			return sp
		}
	}
	if strings.Contains(head, ", ") && !x.roleLike(tokWords(atoks)) && !isCapital(atoks[0].word) {
		// "X, a defence analyst at the Institute …, an independent think
		// tank,": the last appositive describes the institution; the
		// one before it is the speaker's
		if sp := x.appositive(head); sp != nil && sp.kind == kindPerson {
			return sp
		}
	}
	return nil
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
