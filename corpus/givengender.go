// A person's gender from their given name, so that a gendered pronoun
// ("she said", "er sagte", "вона додала") looks past a person of the other
// gender to the nearest one that fits (stop 66, zgender).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/givengenders.json
var givenGendersJSON []byte

// givenGenders maps a lower-case given name to "m" or "f"
// (data/givengenders.json); names of either gender are not in it.
var givenGenders = sync.OnceValue(func() map[string]string {
	var d struct {
		Male   []string `json:"male"`
		Female []string `json:"female"`
	}
	mustDecodeJSON("data/givengenders.json", givenGendersJSON, &d)
	m := make(map[string]string, len(d.Male)+len(d.Female))
	for _, n := range d.Male {
		m[n] = "m"
	}
	for _, n := range d.Female {
		m[n] = "f"
	}
	return m
})

// givenNameGender is the gender the first word of the full name canon
// shows ("Marco Rubio" m, "Kaja Kallas" f), "" when the name is a single
// word, its first word is no given name or one of either gender, or the
// switch is off. A lone word is left alone: a surname read by itself
// ("Rubio", "Martin") may be someone's given name.
func (x *extractor) givenNameGender(canon string) string {
	if x.noGivenGender {
		return ""
	}
	first, rest, ok := strings.Cut(canon, " ")
	if !ok || rest == "" {
		return ""
	}
	if i := strings.IndexByte(first, '-'); i > 0 {
		first = first[:i] // "Jean-Marc", "Anna-Lena": the first part tells, when it is of one gender
	}
	var buf [64]byte
	if len(first) > len(buf) {
		return ""
	}
	return givenGenders()[string(appendLower(buf[:0], first))]
}
