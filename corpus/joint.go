package corpus

import "strings"

// A joint statement speaking: "The joint statement released after the
// talks said the delegations had drafted …", then "It said any final
// agreement must …". The statement speaks for the parties that issued it
// when the document named them together ("The United States and Ukraine
// announced"), else as "Joint statement".

// maxJointSubject bounds the words between "the joint statement" and its
// speech verb ("released after the talks").
const maxJointSubject = 8

// jointSpeaker is who a joint statement speaks for.
func (x *extractor) jointSpeaker() *speaker {
	if x.lastJoint != nil {
		return &speaker{name: x.lastJoint.name, role: "joint statement", kind: kindGroup, compound: true}
	}
	return &speaker{name: jointStatement, kind: kindGroup}
}

// jointStatement is the speaker of a joint statement whose parties the
// document does not name together.
const jointStatement = "Joint statement"

// jointSubject reads "The joint statement (released after the talks)
// said": a sentence opening with a joint statement, its speech verb at
// toks[vi]. It returns the speaker and where the subject starts, or nil.
func (x *extractor) jointSubject(toks []tok, vi int) (*speaker, int) {
	k := 0
	if vi > 2 && strings.HasPrefix(toks[0].raw, "(") && strings.HasSuffix(toks[0].raw, ")") {
		k++ // "(07:50) A joint statement said": a live blog's time
	}
	if k < vi && (roleArticles[lowerWord(toks[k])] || toks[k].low == "the" || toks[k].low == "a") {
		k++
	}
	if k+1 >= vi || vi-k > maxJointSubject+2 {
		return nil, 0
	}
	var named *speaker
	if !jointStatements[lowerWord(toks[k])+" "+lowerWord(toks[k+1])] {
		if named = jointNamedWide(toks, k, vi); named == nil {
			return nil, 0 // (jointwide.go: "A joint US-Ukrainian statement said")
		}
	}
	for j := k; j < vi-1; j++ {
		if toks[j].trail != "" && !strings.HasPrefix(toks[j].trail, ",") {
			return nil, 0
		}
	}
	if named != nil {
		return named, 0
	}
	return x.jointSpeaker(), 0
}

// itIsTheStatement is the joint statement "it" means right after the
// joint statement spoke: "It said any final agreement must …".
func (x *extractor) itIsTheStatement() *speaker {
	n := len(x.out)
	if n == 0 || x.lastStmtSentence < x.sentenceNo-1 || x.lastSpeaker == nil {
		return nil
	}
	if sp := x.lastSpeaker; sp.name == jointStatement || sp.role == "joint statement" {
		return sp
	}
	return nil
}

// jointStatements are the names of a joint statement in the corpus's
// languages.
var jointStatements = grammarSet("jointStatements")

// namesJointStatement reports whether lower-case words hold the name of a
// joint statement ("according to a joint statement", "laut der
// gemeinsamen Erklärung").
func namesJointStatement(low []string) bool {
	for i := 0; i+1 < len(low); i++ {
		if jointStatements[low[i]+" "+low[i+1]] {
			return true
		}
	}
	return false
}
