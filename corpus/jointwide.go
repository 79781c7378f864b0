// A joint statement named with its parties inside the name: "A joint
// US-Ukrainian statement said …", "Une déclaration américano-ukrainienne
// commune indique …", "Die gemeinsame deutsch-französische Erklärung
// …". jointStatements (grammar.json) lists the name's two words side by
// side; the words a report sets between them say whose statement it is,
// so the statement speaks under the name as written, and "It said …" goes
// on with it as with any joint statement (joint.go).

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxJointInsert is the most words between the two words of a joint
// statement's name: the parties' adjectives ("US-Ukrainian", "américano-
// ukrainienne", "deutsch-französische"), not a clause.
const maxJointInsert = 2

// jointNamedWide returns the speaker of a joint statement whose name at
// toks[k] holds up to maxJointInsert words inside it before the verb at
// vi, named as written with a capital, or nil.
func jointNamedWide(toks []tok, k, vi int) *speaker {
	for j := k + 2; j <= k+1+maxJointInsert && j < vi; j++ {
		if toks[j-1].trail != "" {
			return nil
		}
		if !jointStatements[lowerWord(toks[k])+" "+lowerWord(toks[j])] {
			continue
		}
		words := make([]string, 0, j-k+1)
		for _, t := range toks[k : j+1] {
			words = append(words, t.word)
		}
		name := strings.Join(words, " ")
		r, n := utf8.DecodeRuneInString(name)
		return &speaker{name: string(unicode.ToUpper(r)) + name[n:], role: "joint statement", kind: kindGroup}
	}
	return nil
}
