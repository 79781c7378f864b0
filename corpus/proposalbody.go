// A state's proposal is no statement. Explainers and factboxes write a
// plan's terms as what a capital or a country proposes: "Washington
// propone di trasformare la parte del Donetsk …", "Washington propone que
// las fuerzas armadas ucranianas queden limitadas …", "the United States
// proposed running the plant jointly with Ukraine and Russia", "the
// European Commission proposed using frozen assets for a loan". The act
// verb read the predicate from the verb on as the body's words (sets H,
// O, ZI, ZK, ZV, ZY), where no gold set has a body's proposal as a
// statement: what was proposed is a term of a version, which the
// provision readers see. A person's proposal stays a statement
// ("Zełenski zaproponował w Berlinie, że …"), and so does a body's word
// that is no proposal ("Moscow calls the European version
// unconstructive"). The verbs are verbs.json's proposalVerbs.

package corpus

import "sync"

// proposalVerbSet is verbs.json's proposalVerbs, read once.
var proposalVerbSet = sync.OnceValue(func() map[string]bool {
	var v struct {
		Proposal []string `json:"proposalVerbs"`
	}
	mustDecode("data/verbs.json", &v)
	return set(v.Proposal)
})

// bodyProposal reports whether a reported statement of sp is a body's
// proposal: sp names no person and no unnamed source, and text opens on a
// proposal verb, after at most one auxiliary ("ha proposto", "a
// proposé", "has proposed").
func (x *extractor) bodyProposal(sp *speaker, text string) bool {
	if sp.kind == kindPerson || sp.name == unnamedSpeaker {
		return false
	}
	w, next := nextWord(text, 0)
	if w == "" || w != lowerString(w) {
		return false // the text opens on a name or a capital: the verb is elsewhere
	}
	if x.lx.auxiliaries[w] || w == "has" || w == "have" || w == "had" {
		w, _ = nextWord(text, next)
	}
	return proposalVerbSet()[lowerString(w)]
}
