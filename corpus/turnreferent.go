package corpus

import "strings"

// A host's turn that names one person ("DUNNE: The host, Chancellor Merz,
// sounded upbeat.") is the antecedent of the pronoun the correspondent's
// answer opens with ("LENK: Very. He said there was now a real chance
// …"): the reply speaks of whom it was asked about. Both turns are the
// publication's staff (floor.go), whose words are prose; across the turn
// the pronoun rules would otherwise go back to the last speaker quoted.

// turnReferentSentences is how many sentences of the answering turn the
// person the turn before named stays the pronoun's antecedent.
const turnReferentSentences = 2

// namedAlone returns the one person a staff turn names by a known name
// (a surname the lexicon or the document knows, or a name of two
// capitalised words after a title word), nil when it names none or more.
func (x *extractor) namedAlone(text string) *speaker {
	words := strings.Fields(text)
	var found *speaker
	for i := 1; i < len(words); i++ {
		w := strings.Trim(words[i], ",.;:?!()\"“”«»")
		if w == "" || !isCapital(w) || isAllCaps(w) || x.lx.isRole(lowerString(w)) {
			continue
		}
		prev := lowerString(strings.Trim(words[i-1], ","))
		if !x.knownName(w) || !x.lx.isRole(prev) && !x.lx.isRole(strings.TrimSuffix(prev, ",")) {
			continue // a known surname after its title: "Chancellor Merz"
		}
		sp := x.person([]string{w}, strings.Trim(words[i-1], ",")) // the title as printed
		if sp == nil || sp.kind != kindPerson {
			continue
		}
		if found != nil && found.name != sp.name {
			return nil // two people named: the pronoun may be either
		}
		found = sp
	}
	return found
}

// noteStaffTurn is called for each staff turn of a transcript before its
// sentences are read: the person the turn right before named becomes the
// antecedent of a pronoun in this turn's first sentences, and this turn's
// own one person is remembered for the next.
func (x *extractor) noteStaffTurn(text string, pos int) {
	x.turnRef = nil
	if x.staffNamedPara == pos-1 && x.staffNamed != nil {
		x.turnRef, x.turnRefUntil = x.staffNamed, x.sentenceNo+turnReferentSentences
	}
	x.staffNamed, x.staffNamedPara = x.namedAlone(text), pos
}

// turnReferent is the antecedent noteStaffTurn set, while the answering
// turn's first sentences are read and the gender fits; nil otherwise.
func (x *extractor) turnReferent(want string) *speaker {
	sp := x.turnRef
	if sp == nil || x.sentenceNo > x.turnRefUntil || sp.gender != "" && sp.gender != want {
		return nil
	}
	return sp
}
