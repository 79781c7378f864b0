package index

import (
	"strings"
	gounicode "unicode"
)

// Czech and Slovak light stemmers (see stemlight.go). Both languages
// decline nouns and adjectives in seven (Czech) or six (Slovak) cases,
// and news writes every one of them: "dohoda", "dohody", "dohodu",
// "dohodě", "dohodou", "dohod" are one word. The stem keeps three
// letters at least; a verb's past "-l" is not stripped (it is also the
// end of nouns such as "generál"), so "řekl", "řekla", "řekli" stem to
// "řekl".

// czechStemmer strips Czech case, adjective and present-tense endings
// and undoes the palatalisation an "e" or "i" ending causes ("Praze" ->
// "Prah" as "Praha", "válce" -> "válk" as "válka").
var czechStemmer = &lightStemmer{
	filter:   "planbot_stemmer_cs",
	analyzer: "planbot_cs",
	script:   gounicode.Latin,
	passes: []stemPass{{min: 3, endings: endings(`
		ovat ovala ovali oval ujeme ujete ují uje
		ětem atům ech ich ích ého ěmi emi ému ete eti iho ího ími imu
		ách ých ama ami ové ovi ými ovou ovým ových
		em ém ím ům ám ým mi ou
		e i í ě u y ů a o á é ý`)}},
	after: palataliseCzech,
}

// palataliseCzech gives back the hard consonant an ending beginning
// with e, ě, i or í softened: "americ|e" -> "amerik", "praz|e" ->
// "prah", "němečt|í" -> "německ", "polšt|í" -> "polsk".
func palataliseCzech(stem, ending string) string {
	if !strings.ContainsRune("eěií", []rune(ending)[0]) {
		return stem
	}
	return palataliseWestSlavic(stem)
}

// palataliseWestSlavic rewrites a softened stem end as the hard one.
func palataliseWestSlavic(stem string) string {
	for _, r := range [][2]string{{"čt", "ck"}, {"št", "sk"}, {"c", "k"}, {"č", "k"}, {"z", "h"}} {
		if s, ok := strings.CutSuffix(stem, r[0]); ok && s != "" {
			return s + r[1]
		}
	}
	return stem
}

// slovakStemmer strips Slovak case, adjective and present-tense endings,
// with the same palatalisation as Czech ("Amerike" -> "amerik").
var slovakStemmer = &lightStemmer{
	filter:   "planbot_stemmer_sk",
	analyzer: "planbot_sk",
	script:   gounicode.Latin,
	passes: []stemPass{{min: 3, endings: endings(`
		ovať ovala ovali oval ujeme ujete ujú uje
		ovia ovi iami iach iách ách ami och ého ému ých ými
		ým om ou ov ej ie ia iu ií ím ám
		a e i o u y í á é ý ú ô`)}},
	after: func(stem, ending string) string {
		if !strings.ContainsRune("eií", []rune(ending)[0]) {
			return stem
		}
		return palataliseWestSlavic(stem)
	},
}
