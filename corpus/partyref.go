// Party nouns as back references: a report names a speaker and goes on
// with a noun for their party instead of the name ("The Republican added
// that …", "El republicano añadió que …", "Der Sozialdemokrat sagte").
// The noun refers back to the last recent speaker who belongs to that
// party (data/parties.json), never to one of another party: after Trump,
// "the Democrat said" is someone else, and is left to the other readings.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/parties.json
var partiesJSON []byte

// partyLex is data/parties.json as look-ups.
type partyLex struct {
	nouns   map[string]string          // party noun, lower case → party
	words   map[string]bool            // every word of a party noun: the subject reader keeps it
	members map[string]map[string]bool // party → canonical names of its members
}

var partyData = sync.OnceValue(func() *partyLex {
	var d struct {
		Nouns   map[string]string   `json:"nouns"`
		Members map[string][]string `json:"members"`
	}
	mustDecodeJSON("data/parties.json", partiesJSON, &d)
	p := &partyLex{nouns: map[string]string{}, words: map[string]bool{}, members: map[string]map[string]bool{}}
	for n, party := range d.Nouns {
		n = lowerString(n)
		p.nouns[n] = party
		for _, w := range strings.Fields(n) {
			p.words[w] = true
		}
	}
	for party, names := range d.Members {
		p.members[party] = setOf(names)
	}
	return p
})

// isPartyWord reports whether a lower-case word belongs to a party noun,
// so a lower-case "republicano" after its article reads as a subject.
func isPartyWord(l string) bool {
	return partyData().words[l]
}

// byParty resolves a subject phrase (lows, lower case)
// that is a party noun alone to the last recent speaker of that party;
// nil when the phrase is no party noun or no such speaker spoke lately.
func (x *extractor) byParty(lows []string) *speaker {
	if len(lows) > 1 && roleArticles[lows[0]] {
		lows = lows[1:] // "Der Republikaner": German capitals keep the article in the phrase
	}
	if len(lows) == 0 || len(lows) > 2 {
		return nil
	}
	p := partyData()
	party, ok := p.nouns[strings.Join(lows, " ")]
	if !ok {
		return nil
	}
	members := p.members[party]
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
		sp := x.speakers[i]
		if sp.kind == kindPerson && members[sp.name] && x.recent(sp, 2) {
			return sp
		}
	}
	return nil
}
