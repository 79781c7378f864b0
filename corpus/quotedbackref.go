// A bare description right after a quoted person: "Министр иностранных дел
// России Сергей Лавров заявил, что … Дипломат добавил, что …" (ZB zb05),
// "Rustem Umerov … a declarat că … Oficialul ucrainean a spus că …" (ZA
// za12). A language without articles, or one that writes its article on
// the noun, cannot mark the description definite, and unnamedSource read it
// as a new source the report does not name; the rule of backref.go
// (definiteBackRef) reads only an article before the noun. The description
// points back to the person the sentence before quoted when what it says
// agrees with them: another word for their title (rolesynonyms.json:
// "дипломат" for a foreign minister) or the country of its adjective of
// nationality ("ucrainean" for a Ukrainian's office). Anything else is
// someone new: "Rzecznik rządu" after an expert, "a Polish diplomat" after
// Lavrov.

package corpus

import "strings"

// quotedBackRefOff turns the reading off, for tests that show what it
// changes.
var quotedBackRefOff = false

// articleLangs are the languages whose nouns take a definite article, on
// their own or on the noun ("oficialul"): there a description with no
// indefinite word is definite and may point back by its nationality alone.
// Polish or Russian write none, and "Polski dyplomata mówi nam" after
// Tusk is someone new (ZO zo12).
var articleLangs = map[string]bool{"en": true, "fr": true, "it": true, "es": true, "pt": true, "de": true, "nl": true, "ro": true, "sv": true, "da": true, "no": true, "bg": true, "el": true, "mk": true, "sq": true}

// quotedBackRef is the person quoted in the sentence just before, in the
// same paragraph, whom the bare description ts (no indefinite word before
// it: a noun and at most one adjective of nationality) refers back to;
// nil when it does not agree with them, or nobody was quoted there.
func (x *extractor) quotedBackRef(ts []tok) *speaker {
	if quotedBackRefOff || len(ts) == 0 || len(ts) > 2 || x.lastStmtSentence != x.sentenceNo-1 || x.prevSentencePara != x.pos {
		return nil
	}
	p := x.lastSpeaker
	if p == nil || p.kind != kindPerson || p.name == unnamedSpeaker || strings.EqualFold(p.name, p.role) || x.lastUnnamed != nil && x.recent(x.lastUnnamed, 1) {
		return nil
	}
	noun, country := "", ""
	for _, t := range ts {
		l := lowerWord(t)
		switch {
		case demonymAdjectives()[l] && country == "":
			country = countryOf(l)
		case x.lx.isUnnamed(l) && noun == "":
			noun = l
		default:
			return nil // "Дипломат из Варшавы", "Un diplomate": not the bare noun
		}
	}
	if noun == "" || x.lx.indefinites[noun] {
		return nil
	}
	have := roleCountry(p.role)
	if have == "" {
		have = officeCountries()[p.name]
	}
	if have == "" && country != "" {
		have = x.prevSentenceCountry() // "Rustem Umerov, care a condus delegația ucraineană, a declarat …"
	}
	if country != "" {
		if have == country && articleLangs[x.src.Lang] {
			return p // "Oficialul ucrainean" after Umerov
		}
		return nil // "the British official" after Zelensky, or a country not known: someone else
	}
	r := lowerString(p.role)
	for _, t := range roleSynonyms()[noun] {
		if r != "" && strings.Contains(r, t) {
			return p // "Дипломат" after the foreign minister
		}
	}
	return nil
}

// prevSentenceCountry is the one country the adjectives of nationality of
// the sentence before name ("who led the Ukrainian delegation"), "" when
// none or two: what that sentence says of the person it quoted.
func (x *extractor) prevSentenceCountry() string {
	c := ""
	for w := range strings.FieldsSeq(x.prevSentence) {
		l := lowerString(strings.Trim(w, ",.;:!?\"“”«»„()"))
		if !demonymAdjectives()[l] {
			continue
		}
		if o := countryOf(l); o != "" && c != "" && o != c {
			return ""
		} else if o != "" {
			c = o
		}
	}
	return c
}
