// Talk about the numbering: coverage of the counter-proposal often says how
// it is numbered ("The European text keeps the U.S. numbering but changes
// the substance", "the counter-proposal follows the American numbering so
// that differences could be read point by point", "Европейская редакция
// сохранила нумерацию американского текста"). The document readers take
// such a sentence for a clause of the version it names, yet it states no
// term: what the text is numbered like is talk about the text. A provision
// whose text holds a numbering noun (plans.json numberingNouns) and no
// catalogue term is dropped; one that goes on to a term ("keeps the
// American numbering but lifts the cap to 800,000") stays.

package corpus

import (
	"strings"
	"sync"
)

// numberingStems is plans.json's numberingNouns, lower case.
var numberingStems = sync.OnceValue(func() []string {
	var f struct {
		Nouns []string `json:"numberingNouns"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestNumberingTalk reads it
	lowerEach(f.Nouns)
	return f.Nouns
})

// numberingTalk reports whether low (a provision's text, lower case)
// speaks of a numbering.
func numberingTalk(low string) bool {
	for _, w := range numberingStems() {
		if i := strings.Index(low, w); i >= 0 && phraseStartsWord(low, i) {
			return true
		}
	}
	return false
}

// dropNumberingTalk drops the provisions of out that speak of a text's
// numbering and hold no catalogue term, as above.
func dropNumberingTalk(out []Provision) []Provision {
	c := planTermsData()
	var sc termScan
	res := out[:0]
	for _, p := range out {
		low := lowerString(p.Text)
		if numberingTalk(low) && len(c.matchTerms(&sc, low)) == 0 {
			continue
		}
		res = append(res, p)
	}
	return res
}
