package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A surname after a title, with no given name anywhere in the document:
// minutes, council reports and parliamentary records name members by
// title and surname only ("StR Hesselbach (Grüne) führte aus",
// "Cllr Morton said", "Senator Adams said", "la concejala Ruiz afirmó").
// A lone capitalised word is otherwise not trusted as a name (person
// refuses it): the title before it is what makes it one.

// titledSurname reports whether a lone word after a title may be taken as
// a person's surname: classifyRead read it right after the title, as
// written (not an acronym title-cased: "Rzecznik MON"); the title is
// short and all title ("Marco Rubio amerikai külügyminiszter Genfben"
// puts a place after a named person); and the word is a capitalised word
// of letters, three or more, that is no country, capital, body, title or
// word that never names a speaker ("Prezydent Ukrainy", "Premier
// Polski"), and carries no case ending in a language that declines names
// ("Представник Пентагону", "политолог Ярославского университета"):
// agglutinating languages, whose endings no list holds, are left out.
func (x *extractor) titledSurname(word, low, role string) bool {
	if !x.loneTitled || role == "" || utf8.RuneCountInString(word) < 3 || !isCapital(word) || isAllCaps(word) || noTitledSurname[x.src.Lang] {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(role) {
		n++
		l := strings.TrimSuffix(lowerString(w), ".")
		if n > 4 || isCapital(w) && !x.lx.isRole(l) && !x.lx.isRole(l+".") && countryOf(l) == "" {
			return false
		}
	}
	last := role[strings.LastIndexByte(role, ' ')+1:]
	if l := strings.TrimSuffix(lowerString(last), "."); !x.lx.isRole(l) && !x.lx.isRole(l+".") {
		return false
	}
	for part := range strings.SplitSeq(word, "-") {
		if utf8.RuneCountInString(part) < 2 || len(part) > 1 && isAllCaps(part) {
			return false // "diplomat EU-a", "NATO-u": an acronym in a case form
		}
	}
	cyrillic := false
	for _, r := range word {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
		cyrillic = cyrillic || unicode.Is(unicode.Cyrillic, r)
	}
	if (cyrillic || decliningNames[x.src.Lang]) && x.nameStem(low) != low {
		return false
	}
	if x.lx.notSpeakers[low] || x.lx.bodyWords[low] || x.lx.groupNouns[low] || x.lx.isRole(low) ||
		countryOf(low) != "" || capitalSpeaker(word, false) != nil || capitalSpeaker(word, true) != nil {
		return false
	}
	return true
}

// decliningNames are the languages written in Latin letters whose names
// take case endings (nameEndings of speakers.json); noTitledSurname those
// whose endings are suffixes no list holds ("Genfben", "Helsingissä").
var (
	decliningNames  = map[string]bool{"pl": true, "cs": true, "sk": true, "sl": true, "hr": true, "sr": true, "bs": true, "lt": true, "lv": true}
	noTitledSurname = map[string]bool{"hu": true, "fi": true, "et": true, "tr": true}
)
