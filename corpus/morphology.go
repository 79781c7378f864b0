// Morphology: the attribution words of data/morphology.json. A report
// uses any person, gender and number of a speech verb ("a répété",
// "indiquent", "ha parlato", "afirmou", "betonten"); rather than list every
// surface form, the data gives stems and the endings of their class, and
// the forms are generated when the lexicon loads. The same file adds the
// words of languages verbs.json does not hold yet (Dutch, Portuguese).

package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

//go:embed data/morphology.json
var morphologyJSON []byte

// morphologyData is data/morphology.json.
type morphologyData struct {
	Paradigms map[string][]string            `json:"paradigms"`
	Stems     map[string]map[string][]string `json:"stems"`
	Words     map[string][]string            `json:"words"`
}

// lexiconSets names the lists of the lexicon morphology.json may add to,
// by their key in verbs.json, roles.json or speakers.json.
func (lx *lexicon) lexiconSets() map[string]map[string]bool {
	return map[string]map[string]bool{
		"sayVerbs":          lx.sayVerbs,
		"actVerbs":          lx.actVerbs,
		"thatWords":         lx.thatWords,
		"accordingWords":    lx.according,
		"addressees":        lx.addressees,
		"speechParticiples": lx.participles,
		"conjunctions":      lx.conjunctions,
		"asWords":           lx.asWords,
		"auxiliaries":       lx.auxiliaries,
		"roleWords":         lx.roleWords,
		"unnamedNouns":      lx.unnamed,
		"adverbs":           lx.adverbs,
		"reportedMood":      lx.reportedMood,
	}
}

// extendLexicon adds the generated forms and the plain words of
// data/morphology.json to the lexicon. A generated form that verbs.json
// lists as an act verb ("annoncé") stays one: the listed reading wins.
func extendLexicon(lx *lexicon) error {
	var md morphologyData
	if err := json.Unmarshal(morphologyJSON, &md); err != nil {
		return fmt.Errorf("decode data/morphology.json: %w", err)
	}
	sets := lx.lexiconSets()
	for list, classes := range md.Stems {
		dst, ok := sets[list]
		if !ok {
			return fmt.Errorf("data/morphology.json: no list %q", list)
		}
		for class, stems := range classes {
			pats, ok := md.Paradigms[class]
			if !ok {
				return fmt.Errorf("data/morphology.json: no paradigm %q", class)
			}
			for _, stem := range stems {
				for _, f := range inflect(stem, pats) {
					if list == "sayVerbs" && lx.actVerbs[f] {
						continue
					}
					dst[f] = true
				}
			}
		}
	}
	for list, words := range md.Words {
		dst, ok := sets[list]
		if !ok {
			return fmt.Errorf("data/morphology.json: no list %q", list)
		}
		for _, w := range words {
			w = strings.ToLower(w)
			if list == "sayVerbs" && lx.actVerbs[w] {
				continue
			}
			dst[w] = true
		}
	}
	return nil
}

// inflect is the forms of a stem by the patterns of its class, "~"
// standing for the stem ("ge~t" of "sag" is "gesagt").
func inflect(stem string, patterns []string) []string {
	out := make([]string, 0, len(patterns))
	for _, p := range patterns {
		out = append(out, strings.ToLower(strings.ReplaceAll(p, "~", stem)))
	}
	return out
}
