package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/rolesynonyms.json
var roleSynonymsJSON []byte

// roleSynonyms is data/rolesynonyms.json: a noun that refers back to a
// person by another word for their title, and the title words it may
// stand for.
var roleSynonyms = sync.OnceValue(func() map[string][]string {
	var d struct {
		Synonyms map[string][]string `json:"synonyms"`
	}
	mustDecodeJSON("data/rolesynonyms.json", roleSynonymsJSON, &d)
	for k, v := range formatSynonyms() {
		d.Synonyms[k] = v // data/formats.json (formatwords.go)
	}
	return d.Synonyms
})

// officeAcronyms is data/rolesynonyms.json's officeAcronyms.
var officeAcronyms = sync.OnceValue(func() map[string]bool {
	var d struct {
		OfficeAcronyms []string `json:"officeAcronyms"`
	}
	mustDecodeJSON("data/rolesynonyms.json", roleSynonymsJSON, &d)
	return setOf(d.OfficeAcronyms)
})

// bySynonym is the person a back-reference by another word for their
// title means ("глава государства" after the president spoke, "la
// premier" after "la presidente del Consiglio Giorgia Meloni", "вважає
// парламентарка" after a deputy): the newest of the last speakers, then
// of the people named with a title, whose role holds a title the phrase
// stands for. joined is the phrase in lower case.
func (x *extractor) bySynonym(joined string) *speaker {
	titles, ok := roleSynonyms()[joined]
	country, bare := "", ""
	if !ok {
		// "szef polskiej dyplomacji", "il capo della diplomazia
		// italiana": the synonym with a nationality inside, for someone
		// whose title is of that country (demonyms.go)
		bare, country = withoutDemonym(joined)
		if titles, ok = roleSynonyms()[bare]; !ok {
			return nil
		}
	}
	holds := func(sp *speaker) bool {
		r := lowerString(sp.role)
		if sp.kind != kindPerson || r == "" || country != "" && !titleOfCountry(r, country, x.src.Lang) {
			return false
		}
		for _, t := range titles {
			if strings.Contains(r, t) {
				return true
			}
		}
		return false
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
		if holds(x.speakers[i]) {
			return x.speakers[i]
		}
	}
	for i := len(x.mentioned) - 1; i >= 0; i-- {
		if holds(x.mentioned[i]) {
			return x.mentioned[i]
		}
	}
	if sp := x.synonymOffice(joined, bare, titles); sp != nil {
		return sp // "el mandatario ucraniano" for an untitled Zelenski (synonymoffice.go)
	}
	if country != "" || !officeAcronyms()[joined] {
		return nil
	}
	return x.soleOfficeHolder(titles, joined) // "The PM said" after an untitled Starmer (titlegate.go)
}
