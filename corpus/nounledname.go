package corpus

import "strings"

// A person noun written before a private person's name, capitalised by
// the sentence or by German nouns: "Granddaughter Sofiia (visits 14:00)
// says …", "Провідниця Ольга каже …", "Gartenfreundin Renate Vogt hielt
// dagegen …", "Coach Ray Tillotson's only comment …". The subject reader
// takes the capitalised run whole, so the noun stayed in the name and the
// statement had no role: the gold speaker "sofiia" matched, its role
// "granddaughter" did not (sets ZV, ZY, ZZ). The noun is the role when it
// is a relation noun (relations.json: kin, friends, aides) or a noun of an
// ordinary person or a club's post (describedpeople.json), the words after
// it are capitalised and the first word is no given name (givennames.json:
// "Son", "Will" may open a name).

// nounLedNames moves a leading person noun out of a named speaker into
// the role, for statements that have no role.
//
// A speaker whose name opens with a greeting word (speakernames.json's
// greetingWords) is a letter's salutation or sign-off read as a name
// ("Liebe Eltern,", "Gruß Hartmut", "I'm Rory"): its statements are
// dropped, unless the word is a given name or the name a known person's.
// So are a speaker's whose name opens with a clause's first word ("Why
// I", "Desde Madrid": clauseopener.go), and a speaker that is the object
// of a preposition closing its role ("Teil des Gebiets Donezk"), unless
// the role before it is a known person, who then speaks (prepobject.go).
func (x *extractor) nounLedNames() {
	kept := x.out[:0]
	for i := range x.out {
		if x.greetingName(x.out[i].Speaker) || x.clauseOpenedName(x.out[i].Speaker) {
			continue
		}
		if person, ok := x.prepositionObject(&x.out[i]); ok {
			switch prev, back := titleObjectBackRef(x.lx, &x.out[i], kept); {
			case person != "":
				x.out[i].Speaker, x.out[i].Role = person, ""
			case back:
				x.out[i].Speaker, x.out[i].Role = prev.Speaker, prev.Role
			default:
				continue
			}
		}
		kept = append(kept, x.out[i])
	}
	x.out = kept
	for i := range x.out {
		st := &x.out[i]
		if st.Role != "" || st.Speaker == unnamedSpeaker || len(st.Members) > 0 {
			continue
		}
		noun, rest, ok := strings.Cut(st.Speaker, " ")
		if !ok || !isCapital(noun) || !isCapital(rest) {
			continue
		}
		if role, name, ok := x.nounLed(noun, rest); ok {
			st.Speaker, st.Role = name, role
		}
	}
}

// nounLed reads noun, the first word of a speaker's name, as a person
// noun before the name rest: the role and the name, or false.
func (x *extractor) nounLed(noun, rest string) (role, name string, ok bool) {
	l := lowerString(noun)
	if givenNames()[l] || isAllCaps(noun) {
		return "", "", false
	}
	dp := describedPeople()
	if !relationData().nouns[l] && !dp.persons[l] && !dp.posts[l] {
		return "", "", false
	}
	for _, w := range strings.Fields(rest) {
		if !isCapital(w) || strings.ContainsAny(w, ",;:()") {
			return "", "", false
		}
	}
	if _, known := x.lx.people[lowerString(rest)]; !known && fieldCount(rest) > 3 {
		return "", "", false
	}
	return l, rest, true
}

// greetingName reports whether a speaker's name opens with a greeting
// word: "Liebe Eltern", "Gruß Hartmut".
func (x *extractor) greetingName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return false
	}
	l := lowerString(first)
	if !greetingWords[l] || givenNames()[l] {
		return false
	}
	_, known := x.lx.people[lowerString(name)]
	return !known
}
