package corpus

import "strings"

// describedTitledName reads "DESCRIPTION, TITLE NAME," before a speech
// verb: "Gospodarz spotkania, brytyjski premier Keir Starmer, zapewnił",
// "The host of the talks, Swiss President Anna Keller, said", "L'hôte
// du sommet, le Premier ministre Jean Roux, a déclaré". The head
// describes the person (what they are at this event) and names no one;
// the appositive holds a title and the name, so the speaker is the
// appositive's person, with the appositive's title. Without this the
// head was read as the subject, named no one, and the statement was
// lost. It returns nil unless the head has no capitalised word past its
// first (a sentence's capital) and the appositive, ending in a
// capitalised word, reads as a person whose name ends it, not a name of
// three words after a preposition (where a place's name may run into it).
func (x *extractor) describedTitledName(head string, htoks, atoks []tok) *speaker {
	if strings.Contains(head, ", ") || len(htoks) > 6 || len(atoks) < 3 || len(atoks) > 8 || !isCapital(atoks[len(atoks)-1].word) {
		return nil
	}
	for _, t := range htoks[1:] {
		if isCapital(t.word) {
			return nil // "Senator Alan Brooks, …": the head has a name
		}
	}
	if !x.roleLike(tokWords(atoks[:len(atoks)-2])) && !x.roleLike(tokWords(atoks[:len(atoks)-1])) {
		return nil // no title before the name: "a Republican on the Armed Services Committee"
	}
	sp := x.classify(atoks, false)
	last := atoks[len(atoks)-1].word
	if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker || !strings.Contains(sp.name, last) && KnownPersonOf(last, "") != sp.name {
		return nil
	}
	if n := len(strings.Fields(sp.name)); n >= 3 && n < len(atoks) && !isCapital(atoks[len(atoks)-n-1].word) && !x.lx.isRole(atoks[len(atoks)-n-1].low) {
		return nil // "il sindaco di Castelvetro sul Mincio Paolo Zanardi": the place's last word is no given name
	}
	return sp
}
