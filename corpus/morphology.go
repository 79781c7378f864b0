// Morphology: the attribution words of data/morphology.json. A report
// uses any person, gender and number of a speech verb ("a répété",
// "indiquent", "afirmou", "betonten"); rather than list every
// surface form, the data gives stems and the endings of their class, and
// the forms are generated when the lexicon loads. The same file adds the
// words of languages verbs.json does not hold yet (Dutch, Portuguese).

package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/morphology.json
var morphologyJSON []byte

// morphologyData is data/morphology.json.
type morphologyData struct {
	Paradigms map[string][]string            `json:"paradigms"`
	Stems     map[string]map[string][]string `json:"stems"`
	Words     map[string][]string            `json:"words"`
	Views     map[string]string              `json:"viewPhrases"`
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
		"indefinites":       lx.indefinites,
		"adverbs":           lx.adverbs,
		"reportedMood":      lx.reportedMood,
		"thisRefs":          lx.thisRefs,
		"thisRefsAfter":     lx.thisAfter,
		"channelNouns":      lx.channels,
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
	for phrase, pron := range md.Views {
		lx.views[phrase] = pron // "volgens hem": whose view, as "selon lui"
	}
	lx.outletMarks = append(lx.outletMarks, md.Words["outletMarkers"]...) // a list of phrases, not a set
	for list, words := range md.Words {
		if list == "outletMarkers" {
			continue
		}
		dst, ok := sets[list]
		if !ok {
			return fmt.Errorf("data/morphology.json: no list %q", list)
		}
		for _, w := range words {
			w = lowerString(w)
			if list == "sayVerbs" && lx.actVerbs[w] {
				continue
			}
			dst[w] = true
		}
	}
	if err := extendTenses(lx, md); err != nil { // data/tenses.json (tenses.go)
		return err
	}
	return extendFormats(lx) // data/formats.json (formatwords.go)
}

// inflect is the forms of a stem by the patterns of its class, "~"
// standing for the stem ("ge~t" of "sag" is "gesagt").
func inflect(stem string, patterns []string) []string {
	out := make([]string, 0, len(patterns))
	for _, p := range patterns {
		out = append(out, lowerString(strings.ReplaceAll(p, "~", stem)))
	}
	return out
}

// readAsWords is data/morphology.json's readAs: per language, its grammar
// words and the word of a known language the rules read instead.
var readAsWords = func() map[string]map[string]string {
	var md struct {
		ReadAs map[string]map[string]string `json:"readAs"`
	}
	mustDecodeJSON("data/morphology.json", morphologyJSON, &md)
	return md.ReadAs
}()

// readAsSayVerbs is the words of any language that readAs reads as a
// speech verb (Swedish "sa" as "sade"): too short or too common in other
// languages to be a speech verb everywhere (French "sa"), they are one in
// their own, so the first look for a speech cue lets them through.
func readAsSayVerbs(say map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, words := range readAsWords {
		for w, to := range words {
			if say[to] {
				out[w] = true
			}
		}
	}
	return out
}

// readAs rewrites the grammar words of a sentence in lang that the rules
// do not know into their known equivalents ("afirmou o secretário" is
// read as "afirmou el secretário", "zegt hij" as "zegt he"). The raw text
// and offsets stay, so what is kept of the sentence is as written; a
// language with no entry costs one map look.
func readAs(toks []tok, lang string) []tok {
	words := readAsWords[lang]
	if words == nil {
		return toks
	}
	for i := range toks {
		t := &toks[i]
		if len(t.low) > 8 {
			continue
		}
		to, ok := words[lowerWord(*t)]
		if !ok {
			continue
		}
		t.low = to
		if !roleArticles[to] && pronounGender[to] == "" {
			continue // "van" read as "of" stays "van" in a role
		}
		if isCapital(t.word) {
			r, n := utf8.DecodeRuneInString(to)
			t.word = string(unicode.ToUpper(r)) + to[n:]
		} else {
			t.word = to
		}
	}
	return toks
}

// mustUnmarshalMorphology decodes data/morphology.json into v; the file is
// fixed at build time and the tests load it, so an error is a broken build.
func mustUnmarshalMorphology(v any) {
	mustDecodeJSON("data/morphology.json", morphologyJSON, v)
}
