package corpus

import "strings"

// A preposition's object read as the speaker: the subject reader stopped
// the role at a preposition or an article and took the capitals after it
// for the name, so "Teil des Gebiets Donezk" (a Bundestag speech), "Liderul
// de la Casa Albă" (the White House's leader), "O secretário do Conselho de
// Segurança", "Von der Leyen al G20 di Johannesburg" and "mobilisé près de
// Zaporijjia" gave a place or a body as who spoke. Sets ZB, ZG, ZL, ZQ, ZT
// and ZY had one or more (stop 63, zcapnn); no gold of a released set has
// such a speaker. The words are speakernames.json's objectPrepositions,
// per language, since Romanian "de" and Italian "da" say "by" and a
// person follows them.

// objectPrepositions is speakerNames.ObjectPrepositions, a set per
// language.
var objectPrepositions = func() map[string]map[string]bool {
	m := make(map[string]map[string]bool, len(speakerNames.ObjectPrepositions))
	for lang, ws := range speakerNames.ObjectPrepositions {
		m[lang] = set(ws)
	}
	return m
}()

// prepositionObject reads a statement whose speaker is the object of a
// preposition closing its role. It returns the known person the role
// names before the preposition ("Von der Leyen al"), when there is one,
// and whether the statement is such an object's at all. A speaker with a
// given name ("Donata da Halyna Ferrari") or a known person's name in it
// is no object; nor is a one-word name, which may be a surname ("citat de
// Baciu").
func (x *extractor) prepositionObject(st *Statement) (string, bool) {
	preps := objectPrepositions[x.src.Lang]
	if preps == nil || st.Speaker == unnamedSpeaker || st.Role == "" || len(st.Members) > 0 {
		return "", false
	}
	name := strings.Fields(st.Speaker)
	if len(name) < 2 {
		return "", false
	}
	for i, w := range name {
		// a given name or a known person anywhere in it: the
		// preposition's object ran on into the person ("політологиня з
		// Вінниці Ірина Заболотна", "Розмову з Путіним Трамп")
		if givenNames()[lowerString(w)] {
			return "", false
		}
		if _, known := x.lx.people[lowerString(strings.Join(name[i:], " "))]; known {
			return "", false
		}
	}
	role := strings.Fields(st.Role)
	last := lowerString(strings.Trim(role[len(role)-1], "*_"))
	if preps[last] {
		if p, ok := x.lx.people[lowerString(strings.Join(role[:len(role)-1], " "))]; ok {
			return p.Name, true
		}
		return "", true
	}
	// "mobilisé près de Zaporijjia": the name opens on the preposition
	// in lower case, after a role that is no title; an article opens a
	// group ("les deux parties", "the two delegations").
	first := lowerString(name[0])
	return "", !isCapital(name[0]) && preps[first] && !definiteArticles[first] && !x.lx.isRole(last)
}

// titleObjectBackRef returns the statement a title with a preposition's
// object points back to: "Președintele american Donald Trump a declarat …
// Liderul de la Casa Albă a adăugat …", "Rustem Umerov … confirmou … O
// secretário do Conselho de Segurança afirmou …" are the person quoted
// just before, in the same paragraph or the one before it, as the golds
// of sets ZG and ZL read them. The role must open on a title
// ("Teil des Gebiets", "mobilisé près" point to no one), and the one
// before must be a named person (a known one or one with a given name).
func titleObjectBackRef(lx *lexicon, st *Statement, before []Statement) (Statement, bool) {
	role := strings.Fields(st.Role)
	if len(role) < 2 || !lx.isRole(lowerString(role[0])) || len(before) == 0 {
		return Statement{}, false
	}
	prev := before[len(before)-1]
	if prev.Speaker == unnamedSpeaker || len(prev.Members) > 0 || prev.Position < st.Position-1 || prev.Position > st.Position {
		return Statement{}, false
	}
	_, known := lx.people[lowerString(prev.Speaker)]
	first, _, two := strings.Cut(prev.Speaker, " ")
	return prev, known || two && givenNames()[lowerString(first)]
}
