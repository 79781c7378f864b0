package corpus

import (
	"strings"
	"sync"
)

// titleFamilies is data/formats.json's titleFamilies read as a look-up:
// a title word to the kind of person it names ("embajadora": diplomat).
var titleFamilies = sync.OnceValue(func() map[string]string {
	var d struct {
		Families map[string][]string `json:"titleFamilies"`
	}
	mustDecodeJSON("data/formats.json", formatsJSON, &d)
	m := map[string]string{}
	for kind, words := range d.Families {
		for _, w := range words {
			m[lowerString(w)] = kind
		}
	}
	return m
})

// titleKind is the kind of person the title word l names, read without
// the prefix of a former holder ("exembajadora", "ex-ambassador"), or "".
func titleKind(l string) string {
	fam := titleFamilies()
	if k := fam[l]; k != "" {
		return k
	}
	for _, p := range []string{"ex-", "ex"} {
		if rest, ok := strings.CutPrefix(l, p); ok && len(rest) > 3 {
			return fam[rest]
		}
	}
	return ""
}

// sameKindSpeaker is the person a title used alone means when nobody
// holds that title: the newest of the last speakers whose title is of the
// same kind ("la exdiplomática X" … "Para la exembajadora, …", "el
// coronel retirado X" … "subrayó el militar"). lows is the title in lower
// case, its article dropped. A speaker of another kind, or none in
// reach, gives nil: another title is then another person.
func (x *extractor) sameKindSpeaker(lows []string) *speaker {
	kind := ""
	for _, l := range lows {
		if k := titleKind(l); k != "" {
			kind = k
		}
	}
	if kind == "" {
		return nil
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-4; i-- {
		sp := x.speakers[i]
		if sp.kind != kindPerson || sp.role == "" {
			continue
		}
		for _, w := range strings.Fields(lowerString(sp.role)) {
			if titleKind(w) == kind {
				return sp
			}
		}
	}
	return nil
}
