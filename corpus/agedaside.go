package corpus

import "strings"

// An age stands between a name and what the person is in local and wire
// coverage in every language: "Hana Kovač, 41, a nurse in Kharkiv, said",
// "…, 41 ans, infirmière à Kharkiv, a déclaré", "…, de 41 años, enfermera
// en Járkov, dijo", "…, 41 год, медсестра из Харькова, сказала". The
// appositive reader took the last aside alone and found the head "Hana
// Kovač, 41" no name, so the sentence gave no statement, or the aside
// after the age was lost as a role. The age aside is an optional lead
// word, a number isAge accepts and at most two unit words (apposnoun.json
// age_leads, age_units).

// agedAside reads pre ("NAME, AGE, ASIDE") when its second comma-separated
// part is an age: the speaker is read from "NAME, ASIDE", and the aside is
// the role when nothing else gave one and it reads as a description (see
// describesAfterAge). nil when pre has no age aside in that place.
func (x *extractor) agedAside(pre string) *speaker {
	name, rest, ok := strings.Cut(pre, ", ")
	if !ok {
		return nil
	}
	age, aside, ok := strings.Cut(rest, ", ")
	if !ok || strings.TrimSpace(aside) == "" || !ageAside(age) {
		return nil
	}
	sp := x.appositive(name + ", " + aside)
	if sp == nil {
		htoks := tokenize(name)
		if len(htoks) == 0 {
			return nil
		}
		sp = x.subjectOfHead(name, htoks)
	}
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if sp.role == "" && x.describesAfterAge(tokenize(aside)) {
		sp.role = cleanRole(aside)
		x.people[sp.name] = sp
	}
	return sp
}

// ageAside reports whether s is an age as an aside gives it: "41", "41
// ans", "de 41 años", "41 years old", "aged 41".
func ageAside(s string) bool {
	w := apposNounWords()
	i, n := 0, 0
	for f := range strings.FieldsSeq(s) {
		switch l := lowerString(f); {
		case n == 0 && i == 0 && w.ageLeads[l]:
		case n == 0 && isAge(f):
			n = 1
		case n > 0 && n <= 2 && w.ageUnits[l]:
			n++
		default:
			return false
		}
		i++
	}
	return n > 0
}

// describesAfterAge reports whether the aside after an age says what the
// person is: at most maxDescribedAside words, opening with no preposition
// ("from Kharkiv" is where, not what), no speech verb and no quotation.
// German writes the noun with a capital ("Krankenschwester in Charkiw");
// elsewhere a capital opens a name or a place.
func (x *extractor) describesAfterAge(atoks []tok) bool {
	if len(atoks) == 0 || len(atoks) > maxDescribedAside {
		return false
	}
	a := atoks[0]
	if isCapital(a.word) && x.src.Lang != "de" || circumstanceOpener(a) || affiliationPreps[a.low] || x.lx.asides[a.low] {
		return false
	}
	for _, t := range atoks {
		if x.lx.sayVerbs[t.low] || containsAny(t.raw, "“”\"«»„") {
			return false
		}
	}
	return true
}
