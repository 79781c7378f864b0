package corpus

// detectOnlyLanguage is one entry of data/languages-detect.json, in the
// format of languages.json.
type detectOnlyLanguage = struct {
	Code   string         `json:"code"`
	Words  []string       `json:"words"`
	Months map[string]int `json:"months"`
}

// detectOnlyLanguages returns the languages the corpus tells apart but
// does not extract from yet (data/languages-detect.json): their words
// join the vote and the detector's whitelist, and their month names the
// dates, so a Danish body is Danish rather than the Polish its short
// words also are; the speech cues every language of languages.json needs
// are not asked of them.
func detectOnlyLanguages() []detectOnlyLanguage {
	var lf struct {
		Languages []detectOnlyLanguage `json:"languages"`
	}
	mustDecode("data/languages-detect.json", &lf)
	return lf.Languages
}
