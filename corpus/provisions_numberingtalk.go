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

// numberingStems is plans.json's numberingNouns, lower case, with the
// distinct three-byte heads of those stems: a text that holds no head
// holds no stem, and the few heads ("num", "ren", "ну", "čí") are asked
// before the many stems.
var numberingStems = sync.OnceValue(func() (f struct{ stems, heads []string }) {
	var d struct {
		Nouns []string `json:"numberingNouns"`
	}
	mustDecode("data/plans.json", &d) // fixed at build time; TestNumberingTalk reads it
	lowerEach(d.Nouns)
	f.stems = d.Nouns
	seen := map[string]bool{}
	for _, w := range d.Nouns {
		h := w[:min(3, len(w))]
		if !seen[h] {
			seen[h] = true
			f.heads = append(f.heads, h)
		}
	}
	return f
})

// numberingTalk reports whether low (a provision's text, lower case)
// speaks of a numbering.
func numberingTalk(low string) bool {
	ns := numberingStems()
	head := false
	for _, h := range ns.heads {
		if strings.Contains(low, h) {
			head = true
			break
		}
	}
	if !head {
		return false
	}
	for _, w := range ns.stems {
		if i := strings.Index(low, w); i >= 0 && phraseStartsWord(low, i) {
			return true
		}
	}
	return false
}

// dropTermlessTalk drops the provisions of out that hold no catalogue
// term and only talk about the plan: about a text's numbering (numberingTalk)
// or about a numbered point named as a topic (pointAsTopic,
// provisions_pointtopic.go). The two tests share one pass so each text is
// lowered and matched against the catalogue once, and only when one of the
// cheap tests fires. It gives the kept provisions' lowered texts too, one
// for each, so that numberVersions, next in the pipeline, does not lower
// them again.
func dropTermlessTalk(out []Provision) ([]Provision, []string) {
	c := planTermsData()
	var sc termScan
	res := out[:0]
	lows := make([]string, 0, len(out))
	for _, p := range out {
		low := lowerText(p.Text)
		if (numberingTalk(low) || p.Number > 0 && pointAsTopic(p.Text)) && len(c.matchTerms(&sc, low)) == 0 {
			continue
		}
		res = append(res, p)
		lows = append(lows, low)
	}
	return res, lows
}
