package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed data/formats.json
var formatsJSON []byte

// formatWords is data/formats.json: words the readers of stop 35's
// formats need (a talk show's, a column's, a round-up's), kept in a file
// of their own so the shared lists stay as their writers left them, and
// added to the lexicon's lists by name as morphology.json's are.
type formatWords struct {
	Words        map[string][]string `json:"words"`
	RoleSynonyms map[string][]string `json:"roleSynonyms"`
	DemonymStems map[string][]string `json:"demonymStems"`
}

// formatDemonymStems is data/formats.json's demonymStems, added to
// demonyms.json's countries when they load.
func formatDemonymStems() map[string][]string {
	var fw formatWords
	mustDecodeJSON("data/formats.json", formatsJSON, &fw)
	return fw.DemonymStems
}

// formatSynonyms is data/formats.json's roleSynonyms, added to
// rolesynonyms.json's map when it loads.
func formatSynonyms() map[string][]string {
	var fw formatWords
	mustDecodeJSON("data/formats.json", formatsJSON, &fw)
	return fw.RoleSynonyms
}

// extendFormats adds data/formats.json's words to the lexicon's lists.
func extendFormats(lx *lexicon) error {
	var fw formatWords
	if err := json.Unmarshal(formatsJSON, &fw); err != nil {
		return fmt.Errorf("decode data/formats.json: %w", err)
	}
	sets := lx.lexiconSets()
	for list, words := range fw.Words {
		dst, ok := sets[list]
		if !ok {
			return fmt.Errorf("data/formats.json: no list %q", list)
		}
		for _, w := range words {
			dst[lowerString(w)] = true
		}
	}
	return nil
}
