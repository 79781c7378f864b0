// A numbered point of something other than the plan: news briefs and
// digests put unrelated items beside the story, and their numbers read as
// the plan's points ("Point 3 of the convoy's route plan had been revised
// twice", "Point 4 of the council's agenda was postponed", "Punkt 3 der
// Tagesordnung des Stadtrats wurde vertagt", "le point 2 de l'ordre du
// jour a été reporté"). The owner named right after the number (past a
// preposition, an article and a possessive) tells it: an agenda, a route,
// a timetable is not the plan. Words: pointrefs.json's _offPlanOwners.

package corpus

import (
	"strings"
	"sync"
)

// offPlanOwnerLists is pointrefs.json's _offPlanOwners lists, lower case.
type offPlanOwnerLists struct {
	Skips   []string `json:"offPlanOwnerSkips"`
	Phrases []string `json:"offPlanOwnerPhrases"`
	skips   map[string]bool
}

var offPlanOwnerData = sync.OnceValue(func() *offPlanOwnerLists {
	var d offPlanOwnerLists
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	d.skips = set(d.Skips)
	return &d
})

// offPlanOwnerWords is how many words after the skipped ones an owner
// phrase may start at: an adjective or a possessive may come first ("of
// the convoy's route plan", "of the revised agenda").
const offPlanOwnerWords = 2

// offPlanOwner reports whether after, the text right after a point's
// number, names the point's owner as something other than a plan: an
// owner phrase among its first words, before any punctuation. It is asked
// only once a reference was found (pointRefEnd), so it costs nothing on
// sentences without one.
func offPlanOwner(after string) bool {
	if after == "" || after[0] != ' ' {
		return false
	}
	if cut := ownerPhraseEnd(after); cut >= 0 {
		after = after[:cut]
	}
	if len(after) > 80 {
		after = after[:80]
	}
	low := lowerString(after)
	d := offPlanOwnerData()
	words := strings.Fields(low)
	seen := 0
	for k, w := range words {
		for _, el := range []string{"l'", "l’", "dell'", "dell’", "all'", "all’", "d'", "d’"} {
			if rest, ok := strings.CutPrefix(w, el); ok && rest != "" {
				w = rest
				break
			}
		}
		if d.skips[w] {
			continue
		}
		tail := strings.Join(append([]string{w}, words[k+1:]...), " ")
		for _, p := range d.Phrases {
			if tail == p || strings.HasPrefix(tail, p+" ") {
				return true
			}
		}
		if seen++; seen >= offPlanOwnerWords {
			return false
		}
	}
	return false
}

// offPlanQualifierData is pointrefs.json's offPlanQualifiers, lower case,
// as a set.
var offPlanQualifierData = sync.OnceValue(func() map[string]bool {
	var d struct {
		Words []string `json:"offPlanQualifiers"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return set(d.Words) // (set lowers each word)
})

// offPlanQualifier reports whether low, the lower-case word right before a
// point word, makes the two a compound noun of something other than the
// plan: "crossing point 7", "assembly point 2" (pointrefs.json's
// _offPlanQualifiers).
func offPlanQualifier(low string) bool {
	return low != "" && offPlanQualifierData()[low]
}

// ownerPhraseEnd is where the owner phrase after a point's number must end:
// the first comma, colon, bracket or sentence mark, but not the inner dots
// of an abbreviation ("Punto 1 all'o.d.g.", Italian minutes' "all'ordine
// del giorno"): a dot ends the phrase only before a non-letter. -1 for none.
func ownerPhraseEnd(after string) int {
	for i := 0; i < len(after); i++ {
		switch after[i] {
		case ',', ';', ':', '(', ')', '!', '?':
			return i
		case '.':
			if i+1 >= len(after) || !isASCIILetter(after[i+1]) {
				return i
			}
		}
	}
	return -1
}
