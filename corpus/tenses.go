// Tenses: the reporting verbs of data/tenses.json in the tenses news
// writes them in. Morphology.json gives each speech verb's stem and a few
// endings; a reader that knows "a déclaré" but not "déclarait", "avait
// déclaré" or "déclara" loses whole articles written in the narrative
// imperfect or the pluperfect of earlier remarks. Tense endings are added
// per verb class, so every stem of a class gets every tense, and the
// classes the Slavic imperfective pasts need are defined beside them.

package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed data/tenses.json
var tensesJSON []byte

// tensesData is data/tenses.json.
type tensesData struct {
	Endings map[string][]string            `json:"endings"`
	Classes map[string][]string            `json:"classes"`
	Stems   map[string]map[string][]string `json:"stems"`
	Words   map[string][]string            `json:"words"`
	Not     []string                       `json:"notForms"`
	ReadAs  map[string]map[string]string   `json:"readAs"`
}

// decodeTenses reads the embedded data/tenses.json.
func decodeTenses() (tensesData, error) {
	var td tensesData
	if err := json.Unmarshal(tensesJSON, &td); err != nil {
		return td, fmt.Errorf("decode data/tenses.json: %w", err)
	}
	return td, nil
}

// init adds the words tenses.json reads as another language's word to
// readAsWords, before any document is read.
func init() {
	td, err := decodeTenses()
	if err != nil {
		panic(err)
	}
	for lang, words := range td.ReadAs {
		if readAsWords[lang] == nil {
			readAsWords[lang] = map[string]string{}
		}
		for w, to := range words {
			readAsWords[lang][w] = to
		}
	}
}

// extendTenses adds the tense forms of data/tenses.json to the lexicon:
// the new endings of each class applied to the stems morphology.json
// lists (md), every ending of a class applied to the stems listed here,
// and the plain words. As in morphology.json, a form that is an act verb
// stays one; a form that is a noun as well (notForms) is left out.
func extendTenses(lx *lexicon, md morphologyData) error {
	td, err := decodeTenses()
	if err != nil {
		return err
	}
	sets := lx.lexiconSets()
	not := map[string]bool{}
	for _, f := range td.Not {
		not[f] = true
	}
	add := func(list string, dst map[string]bool, forms []string) {
		for _, f := range forms {
			if not[f] || list == "sayVerbs" && lx.actVerbs[f] {
				continue
			}
			dst[f] = true
		}
	}
	// the new tenses of the stems morphology.json already lists
	for list, classes := range md.Stems {
		dst := sets[list]
		for class, stems := range classes {
			for _, stem := range stems {
				add(list, dst, inflect(stem, td.Endings[class]))
			}
		}
	}
	for list, classes := range td.Stems {
		dst, ok := sets[list]
		if !ok {
			return fmt.Errorf("data/tenses.json: no list %q", list)
		}
		for class, stems := range classes {
			pats := append(append([]string(nil), md.Paradigms[class]...), td.Classes[class]...)
			pats = append(pats, td.Endings[class]...)
			if len(pats) == 0 {
				return fmt.Errorf("data/tenses.json: no paradigm %q", class)
			}
			for _, stem := range stems {
				add(list, dst, inflect(stem, pats))
			}
		}
	}
	for list, words := range td.Words {
		dst, ok := sets[list]
		if !ok {
			return fmt.Errorf("data/tenses.json: no list %q", list)
		}
		for i := range words {
			words[i] = lowerString(words[i])
		}
		add(list, dst, words)
	}
	return nil
}
