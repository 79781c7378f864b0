// A point named only as a topic: "Honestly the most useful thing in the
// whole article is the line about point 7", "It isn't really about point 21
// or point 7", "Sur le point 21 du projet en 28 points", "Solange Moskau auf
// Punkt 21 beharrt, wird das nichts", "A margine del punto 12 ha scritto
// soltanto «centrale?»", and a point's label cited in quotation marks
// ("410,000 readers saw \"point 12\" paired with the wrong text", "USE
// \"point 7\""). Forums, comments, style guides and incident reports name
// points as what they talk about; the readers took each such sentence for
// the point. A numbered provision whose point reference follows a topic
// phrase (pointrefs.json pointTopics) or stands in quotation marks, and
// whose text states no catalogue term at all, is dropped; one that goes on
// to the point's term ("about point 7, under which Ukraine would never
// join NATO") stays.

package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// pointTopicsData is pointrefs.json's pointTopics, lower case.
var pointTopicsData = sync.OnceValue(func() []string {
	var d struct {
		Topics []string `json:"pointTopics"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	lowerEach(d.Topics)
	return d.Topics
})

// pointAsTopic reports whether text names its first point reference only
// as a topic or a quoted label, as above (the catalogue is not read here).
func pointAsTopic(text string) bool {
	_, end, ok := pointRefEnd(text)
	if !ok {
		return false
	}
	low := lowerString(text[:end])
	if r, _ := utf8.DecodeRuneInString(text[end:]); strings.ContainsRune("\"”»“'’", r) {
		// "\"point 12\" paired …": the label opens on a quotation mark
		// one or two words before the number's end
		if q := strings.LastIndexAny(low, "\"“„«'‘"); q >= 0 && len(strings.Fields(low[q+1:])) <= 2 {
			return true
		}
	}
	for _, w := range pointTopicsData() {
		at := strings.LastIndex(low, w+" ")
		if at < 0 || !phraseStartsWord(low, at) {
			continue
		}
		// the point word and its number follow the phrase, an article
		// at most between them: "the line about point 7", "sur le point 21"
		if n := len(strings.Fields(low[at+len(w):])); n >= 2 && n <= 3 {
			return true
		}
	}
	return false
}
