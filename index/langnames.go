package index

import (
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/search"
)

// People ask for a language's coverage by naming it: "army cap german
// report", "frozen assets french", "dutch cabinet frozen assets", "il
// tetto all'esercito, testo tedesco". The text that answers is in that
// language and does not hold the language's name, so the name is a frame
// word (the relevance rule does not count it against a hit that lacks it)
// and the named language's text field weighs as the query's own language
// does (see fieldBoosts), the others, English included, behind it.

// languageNames maps a language's name, lower case as typed in the
// languages the glossary covers (adjective forms listed), to its code.
var languageNames = func() map[string]string {
	out := map[string]string{}
	for lang, names := range map[string]string{
		"de": `german deutsch deutsche deutschen deutscher allemand allemande tedesco tedesca tedesche tedeschi alemán aleman alemana niemiecki niemiecka niemieckim niemieckiej немецкий немецком немецкая німецький німецькою німецька`,
		"it": `italian italiano italiana italiani italiane italien italienne italienisch italienische italienischen włoski włoska włoskim włoskiej итальянский итальянском італійський італійською`,
		"fr": `french français francais française francaise französisch französische französischen francese francesi francés frances francesa francuski francuska francuskim francuskiej французский французском французький французькою`,
		"es": `spanish español espanol española espanola spanisch spanische spanischen espagnol espagnole spagnolo spagnola hiszpański hiszpańska hiszpańskim испанский испанском іспанський іспанською`,
		"pl": `polish polnisch polnische polnischen polonais polonaise polacco polacca polaco polaca польский польском польський польською`,
		"nl": `dutch niederländisch niederländische niederländischen néerlandais néerlandaise olandese olandesi holandés holandes holenderski holenderska holenderskim нидерландский голландский нідерландський`,
		"pt": `portuguese portugiesisch portugiesische portugiesischen portugais portugaise portoghese portugués portugues portugalski portugalska португальский португальський`,
		"sv": `swedish schwedisch schwedische suédois suédoise svedese sueco szwedzki шведский шведський`,
		"cs": `czech tschechisch tschechische tchèque ceco checo czeski чешский чеський`,
		"ru": `russian russisch russische russischen russe russo russa ruso rusa rosyjski rosyjska русский русском російський російською`,
		"uk": `ukrainian ukrainisch ukrainische ukrainischen ukrainien ukrainienne ucraino ucraina ucraniano ucraniana ukraiński ukraińska украинский украинском український українською`,
		"en": `english englisch englische englischen anglais anglaise inglese inglés ingles angielski angielska английский английском англійський англійською`,
	} {
		for _, w := range strings.Fields(names) {
			out[w] = lang
		}
	}
	return out
}()

// partyLanguages are the languages whose names are above all the names of
// the war's parties or of the language the queries are typed in: "russian
// assets", "ukrainian army", "english text" is rarely asked. Such a name
// picks its language only next to a word for a text ("russian report",
// "ukrainian media").
var partyLanguages = map[string]bool{"ru": true, "uk": true, "en": true}

// textNouns are the words for a piece of coverage that make a party
// language's name a language pick.
var textNouns = wordSet(`
report reports reporting text texts version versions reprint reprints translation
press media coverage article articles outlet outlets source sources original wording
paper papers newspaper newspapers channel channels telegram post posts
`)

// namedLanguage returns the code of the language qts names as the one to
// answer in, and the index of the naming word; "" and -1 when none or
// more than one language is named, or when no text in that language is
// indexed (als lacks its analyzer).
func namedLanguage(als []string, qts []queryTerm) (string, int) {
	lang, at := "", -1
	for i, qt := range qts {
		l, ok := languageNames[qt.raw]
		if !ok {
			continue
		}
		if partyLanguages[l] && !nextToTextNoun(qts, i) {
			continue
		}
		if lang != "" && lang != l {
			return "", -1
		}
		lang, at = l, i
	}
	if lang == "" {
		return "", -1
	}
	a := analyzerFor(lang)
	if _, known := languages[lang]; !known {
		return "", -1
	}
	for _, in := range als {
		if in == a {
			return lang, at
		}
	}
	return "", -1
}

// nextToTextNoun says whether the word before or after qts[i] is a word
// for a text ("russian report", "text in russian" analysed as "text
// russian").
func nextToTextNoun(qts []queryTerm, i int) bool {
	return i > 0 && textNouns[qts[i-1].raw] || i+1 < len(qts) && textNouns[qts[i+1].raw]
}

// languageBoosts weighs the text field of the language the query names at
// 1 and every other language's, English included, at foreignBoost; boosts
// is returned as it is when no language is named.
const otherBoost = 0.1

func languageBoosts(als []string, qts []queryTerm, boosts map[string]float64) map[string]float64 {
	lang, _ := namedLanguage(als, qts)
	if lang == "" {
		return boosts
	}
	named := analyzerFor(lang)
	out := make(map[string]float64, len(als))
	for _, a := range als {
		out[a] = otherBoost
		if a == named {
			out[a] = 1
		}
	}
	return out
}

// namedAnalyzer is the analyzer of the language the query text names ("" if
// none). Most queries name none: the words are looked up as typed first,
// and the query is analysed only when one of them is a language's name.
func (ix *Index) namedAnalyzer(als []string, text string) string {
	text = normalizeQuery(text)
	hit := false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWordRune) {
		if _, ok := languageNames[w]; ok {
			hit = true
			break
		}
	}
	if !hit {
		return ""
	}
	lang, _ := namedLanguage(als, ix.queryTerms(als, text))
	if lang == "" {
		return ""
	}
	return analyzerFor(lang)
}

// notWordRune says whether r separates words.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// hitAnalyzer is the analyzer of h's text field: the language of its text.
func hitAnalyzer(h *search.DocumentMatch, als []string) string {
	for _, a := range als {
		if s, _ := h.Fields[textField(a)].(string); s != "" {
			return a
		}
	}
	return ""
}
