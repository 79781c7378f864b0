// One scan of a sentence for the space-led looks of learnRoles.

package corpus

import (
	"strings"
	"sync"
)

// learnRoles asked three lookSets of each sentence in turn whether it
// holds a title qualifier (" a. D. "), an affiliation preposition
// (" vom ") or a verb of office (" chairs "): three passes over every
// sentence from space to space, for looks nearly no sentence holds.
// roleLookGroup merges the three lists, each look tagged with the bit of
// its list, and one pass tells which lists a sentence holds.
const (
	roleLookQual   = 1 << iota // titleQualifierData().looks
	roleLookAff                // affLookSet()
	roleLookOffice             // officeVerbs()[lang].look
)

// lookGroup is a lookSet whose looks each carry the bits of the lists
// they come from.
type lookGroup struct {
	set  *lookSet
	bits []uint8 // per look of set
	all  uint8   // every bit some look carries
}

// newLookGroup merges lists (each with its bit) into one lookGroup; a
// look in several lists carries all their bits.
func newLookGroup(lists map[uint8][]string) *lookGroup {
	g := &lookGroup{}
	at := map[string]int{}
	var looks []string
	for _, bit := range []uint8{roleLookQual, roleLookAff, roleLookOffice} {
		for _, l := range lists[bit] {
			if j, ok := at[l]; ok {
				g.bits[j] |= bit
				continue
			}
			at[l] = len(looks)
			looks = append(looks, l)
			g.bits = append(g.bits, bit)
		}
		if len(lists[bit]) > 0 {
			g.all |= bit
		}
	}
	g.set = newLookSet(looks)
	return g
}

// holds returns the bits of the lists of which s holds a look: what
// lookSet.in of each list would report. It stops once every list is
// found.
func (g *lookGroup) holds(s string) uint8 {
	ls := g.set
	var got uint8
	for _, j := range ls.short {
		if strings.Contains(s, ls.looks[j]) {
			got |= g.bits[j]
		}
	}
	if ls.lead < 0 {
		for i := 0; i+1 < len(s) && got != g.all; i++ {
			got |= g.at(s, i)
		}
		return got
	}
	b := byte(ls.lead)
	for i := 0; i+1 < len(s) && got != g.all; i++ {
		k := strings.IndexByte(s[i:len(s)-1], b)
		if k < 0 {
			break
		}
		i += k
		got |= g.at(s, i)
	}
	return got
}

// at is the bits of the looks that open s at i.
func (g *lookGroup) at(s string, i int) uint8 {
	ls := g.set
	js := ls.at(s, i)
	if js == nil || ls.triMiss(s, i) {
		return 0
	}
	var got uint8
	for _, j := range js {
		if strings.HasPrefix(s[i:], ls.looks[j]) {
			got |= g.bits[j]
		}
	}
	return got
}

// roleLookGroups is learnRoles' lookGroup for each language with verbs of
// office, and under "" the one for every other language.
var roleLookGroups = sync.OnceValue(func() map[string]*lookGroup {
	qual, aff := titleQualifierData().looks.looks, affLookSet().looks
	out := map[string]*lookGroup{"": newLookGroup(map[uint8][]string{roleLookQual: qual, roleLookAff: aff})}
	for lang, ov := range officeVerbs() {
		out[lang] = newLookGroup(map[uint8][]string{roleLookQual: qual, roleLookAff: aff, roleLookOffice: ov.look.looks})
	}
	return out
})

// roleLooks is the lookGroup learnRoles reads a sentence in lang with.
func roleLooks(lang string) *lookGroup {
	gs := roleLookGroups()
	if g, ok := gs[lang]; ok && lang != "" {
		return g
	}
	return gs[""]
}
