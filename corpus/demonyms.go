package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/demonyms.json
var demonymsJSON []byte

// demonymAdjectives is data/demonyms.json: adjectives of nationality in
// the corpus's languages, inflected forms written out.
var demonymAdjectives = sync.OnceValue(func() map[string]bool {
	var d struct {
		Adjectives []string `json:"adjectives"`
	}
	mustDecodeJSON("data/demonyms.json", demonymsJSON, &d)
	return set(d.Adjectives)
})

// demonymEndings is data/demonyms.json's adjectiveEndings: by language,
// the endings of adjectives of nationality formed alike.
var demonymEndings = sync.OnceValue(func() map[string][]string {
	var d struct {
		Endings map[string][]string `json:"adjectiveEndings"`
	}
	mustDecodeJSON("data/demonyms.json", demonymsJSON, &d)
	return d.Endings
})

// demonymLike reports whether a lower-case word is an adjective of
// nationality: listed, or in lang ending as such adjectives do there
// ("finnische", with at least three letters before the ending).
func demonymLike(w, lang string) bool {
	if demonymAdjectives()[w] {
		return true
	}
	for _, e := range demonymEndings()[lang] {
		if len(w) >= len(e)+3 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// demonymCountries is data/demonyms.json's countries: the beginnings of a
// country's adjectives and names, by country.
var demonymCountries = sync.OnceValue(func() map[string][]string {
	var d struct {
		Countries map[string][]string `json:"countries"`
	}
	mustDecodeJSON("data/demonyms.json", demonymsJSON, &d)
	for c, stems := range formatDemonymStems() {
		d.Countries[c] = append(d.Countries[c], stems...) // data/formats.json (formatwords.go)
	}
	return d.Countries
})

// countryOf is the country a lower-case word names or qualifies, by the
// longest beginning of demonymCountries it opens with, or "".
func countryOf(w string) string {
	best, n := "", 0
	for c, stems := range demonymCountries() {
		for _, st := range stems {
			if len(st) > n && strings.HasPrefix(w, st) {
				best, n = c, len(st)
			}
		}
	}
	return best
}

// homeCountries are the countries whose officials a report in a language
// names without saying whose they are: a Polish agency's "minister spraw
// zagranicznych" is Poland's.
var homeCountries = map[string][]string{
	"pl": {"pl"}, "uk": {"ua"}, "ru": {"ru"}, "de": {"de"}, "fr": {"fr"}, "it": {"it"},
	"es": {"es"}, "pt": {"pt"}, "nl": {"nl"}, "en": {"us", "gb"},
}

// titleOfCountry reports whether a title is of country c: it names c, or
// it names no country and c is a home country of the document's language.
func titleOfCountry(role, c, lang string) bool {
	named := false
	for _, w := range strings.Fields(lowerString(role)) {
		if o := countryOf(w); o != "" {
			if o == c {
				return true
			}
			named = true
		}
	}
	if named {
		return false
	}
	for _, h := range homeCountries[lang] {
		if h == c {
			return true
		}
	}
	return false
}

// withoutDemonym returns a lower-case phrase of two to four words without
// its one adjective of nationality ("szef polskiej dyplomacji" -> "szef
// dyplomacji", "capo della diplomazia italiana" -> "capo della
// diplomazia"), and the country the adjective names, or "" when it
// holds none or more than one. The role
// synonyms are written without nationality, which a report adds to say
// whose title it is.
func withoutDemonym(joined string) (string, string) {
	if n := fieldCountMax(joined, 5); n < 2 || n > 5 {
		return "", "" // (counted before it is split: fieldcount.go)
	}
	words := strings.Fields(joined)
	at := -1
	for i, w := range words {
		if demonymAdjectives()[w] {
			if at >= 0 {
				return "", ""
			}
			at = i
		}
	}
	if at < 0 {
		return "", ""
	}
	return strings.Join(append(words[:at:at], words[at+1:]...), " "), countryOf(words[at])
}
