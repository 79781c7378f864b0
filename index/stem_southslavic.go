package index

import (
	"strings"
	gounicode "unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// Slovene and Bulgarian light stemmers (see stemlight.go), and Serbian
// and Bosnian through bleve's Croatian analyzer.

// sloveneStemmer strips Slovene case, adjective and verb endings:
// "sporazum", "sporazuma", "sporazumu", "sporazumom" are one term, as are
// "dejal", "dejala", "dejali" ("said").
var sloveneStemmer = &lightStemmer{
	filter:   "planbot_stemmer_sl",
	analyzer: "planbot_sl",
	script:   gounicode.Latin,
	passes: []stemPass{{min: 3, endings: endings(`
		ijama ijami ijah ijem iji ijo ije ija
		ama ami ega emu imi ima ih im om em ov ij ah
		ati iti eti ala alo ali ila ilo ili ela elo eli amo ate ajo imo ite ijo ejo emo ete
		al il el
		a e i o u`)}},
}

// bulgarianStemmer strips a Bulgarian definite article ("-ът", "-та",
// "-то", "-те"), then a plural, adjective or verb ending, then the "и" of
// the nouns in "-ие" ("споразумение", "споразумението", "споразумения"
// are one term). "-та", "-то", "-те" are stripped only after a vowel and
// leaving four letters: they also end stems ("президента", "квота").
var bulgarianStemmer = &lightStemmer{
	filter:   "planbot_stemmer_bg",
	analyzer: "planbot_bg",
	script:   gounicode.Cyrillic,
	passes: []stemPass{
		{min: 3, endings: endings(`ият ът ят`)},
		{min: 4, endings: endings(`та то те`), afterVowel: true},
		{min: 3, endings: endings(`
			ове еве ища ия
			ахме ахте иха аха яха ала яла ила али яли или ало ило ал ил ял ам ям ат ят ме ше
			а я о е и й ъ у`)},
		{min: 5, endings: endings(`и`)},
	},
	stop: stopSet(`и в на за с от да се е са по че не ще как като но или до при към със във
		през това този тази тези който която които което му им ни ги го я той тя те то ние вие аз`),
}

// srLatinFilter is the token filter type that writes a Serbian Cyrillic
// word in Latin letters, and cyrSerbianLatin the letters it writes.
// Serbian news is written in both scripts, Bosnian and Montenegrin in
// Latin above all: written in Latin, every such word meets its Croatian
// and Latin-script form in one field, analysed by bleve's Croatian
// stemmer.
const srLatinFilter = "planbot_sr_latin"

var cyrSerbianLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ђ': "đ", 'е': "e", 'ж': "ž",
	'з': "z", 'и': "i", 'ј': "j", 'к': "k", 'л': "l", 'љ': "lj", 'м': "m", 'н': "n",
	'њ': "nj", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ћ': "ć", 'у': "u",
	'ф': "f", 'х': "h", 'ц': "c", 'ч': "č", 'џ': "dž", 'ш': "š",
}

// serbianLatin writes a lower-case Serbian Cyrillic word in Latin letters;
// a word with a letter Serbian does not use (Russian "ы", Bulgarian "ъ")
// is left as it is.
func serbianLatin(w string) string {
	cyr := false
	for _, r := range w {
		if _, ok := cyrSerbianLatin[r]; ok {
			cyr = true
		} else if gounicode.Is(gounicode.Cyrillic, r) {
			return w
		}
	}
	if !cyr {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if l, ok := cyrSerbianLatin[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// srLatin is the token filter of srLatinFilter.
type srLatin struct{}

func (srLatin) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if len(t.Term) == 0 || t.Term[0] < 0x80 {
			continue
		}
		if l := serbianLatin(string(t.Term)); l != string(t.Term) {
			t.Term = []byte(l)
		}
	}
	return input
}

func init() {
	if err := registry.RegisterTokenFilter(srLatinFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return srLatin{}, nil
	}); err != nil {
		panic(err)
	}
}

// croatianAnalyzer is bleve's "hr" analyzer (lower case, Croatian stop
// words, suffix transformation, stemmer) with Serbian Cyrillic written in
// Latin letters first. It is defined under bleve's own name, as the
// Polish one is, so Croatian text gets the terms it had; Serbian and
// Bosnian text shares the field.
func croatianAnalyzer() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name, srLatinFilter, hr.StopName, hr.SuffixTransformationFilterName, hr.StemmerName},
	}
}
