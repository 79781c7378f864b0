// Serbian or Croatian: both are written in Latin script and share most of
// their common words, so whatlanggo and the common-word vote read a
// Latin-script Serbian report as Croatian. The two differ in the yat
// reflex (ekavian "bezbednost", "rešenje", "posle" against ijekavian
// "sigurnost", "rješenje", "poslije"), in month names ("decembra" against
// "prosinca") and in a few everyday words ("hiljada" against "tisuća"). A
// body detected as Croatian whose Serbian forms outnumber its Croatian
// ones clearly is Serbian. Only the language the source reports changes:
// extraction reads both with the Croatian rules, which were written for
// the shared words (the index gives "sr" the Croatian analyzer too).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/southslavic.json
var southSlavicJSON []byte

// southSlavicCues is data/southslavic.json, lower case.
type southSlavicCues struct {
	MinCues   int `json:"minCues"`
	Languages []struct {
		Code  string   `json:"code"`
		Stems []string `json:"stems"`
		Words []string `json:"words"`
	} `json:"languages"`
}

// southSlavicData reads data/southslavic.json once.
var southSlavicData = sync.OnceValue(func() *southSlavicCues {
	var f southSlavicCues
	mustDecodeJSON("data/southslavic.json", southSlavicJSON, &f)
	for i := range f.Languages {
		lowerEach(f.Languages[i].Stems)
		lowerEach(f.Languages[i].Words)
	}
	if f.MinCues <= 0 {
		f.MinCues = 3
	}
	return &f
})

// serbianOrCroatian is "sr" for a body detected as Croatian (lang "hr")
// whose Serbian cues number at least minCues and twice its Croatian ones;
// lang otherwise.
func serbianOrCroatian(lang, body string) string {
	if lang != "hr" {
		return lang
	}
	f := southSlavicData()
	counts := map[string]int{}
	for w := range strings.FieldsSeq(lowerString(body)) {
		w = trimVotePunct(w)
		if w == "" {
			continue
		}
		for _, l := range f.Languages {
			if southSlavicCue(w, l.Stems, l.Words) {
				counts[l.Code]++
			}
		}
	}
	if counts["sr"] >= f.MinCues && counts["sr"] >= 2*counts["hr"] {
		return "sr"
	}
	return lang
}

// southSlavicCue reports whether word w begins with one of stems or is one
// of words.
func southSlavicCue(w string, stems, words []string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	for _, x := range stems {
		if strings.HasPrefix(w, x) {
			return true
		}
	}
	return false
}
