// A title that names a country belongs to someone of that country: "the
// Ukrainian leader", "der russische Präsident". The back-reference that
// reads a generic title as the person who has just spoken ("the official
// said") must not give "the Ukrainian leader said" to a congressman who
// spoke last, nor his statements the title; what the document or the
// office list says of that person's country decides.

package corpus

import (
	"strings"
	"sync"
)

// titleCountryOff turns the check off, for tests that show what it
// changes.
var titleCountryOff = false

// otherCountryTitle reports whether the title words lows name a country
// by an adjective ("ukrainian") that is not the country of sp as its role
// or its office (offices.json) tells: then the title is someone else's.
// A person of no known country is not ruled out.
func otherCountryTitle(lows []string, sp *speaker) bool {
	if titleCountryOff || sp == nil {
		return false
	}
	want := ""
	for _, l := range lows {
		if demonymAdjectives()[l] {
			want = countryOf(l)
			break
		}
	}
	if want == "" {
		return false
	}
	have := roleCountry(sp.role)
	if have == "" {
		have = officeCountries()[sp.name]
	}
	if have == "" {
		have = roleCountry(sp.name) // "Congressman Hartsell" names no country either
	}
	return have != "" && have != want
}

// officeCountries is the country of each office holder of offices.json,
// read from their titles that name one (none when two disagree).
var officeCountries = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for title, person := range officeTitles() {
		if _, phrase, ok := strings.Cut(title, "\x00"); ok {
			title = phrase
		}
		c := roleCountry(title)
		if c == "" {
			continue
		}
		if had, ok := m[person]; ok && had != c {
			c = "?" // titles naming two countries: none is known
		}
		m[person] = c
	}
	for p, c := range m {
		if c == "?" {
			delete(m, p)
		}
	}
	return m
})
