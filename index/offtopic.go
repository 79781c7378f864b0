package index

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/search"

	"planbot/corpus"
)

// An off-topic question shares words with a large corpus by chance.
// relevantFor lets a hit through that matches half the query when one
// word it matches is a domain word, and a speaker's name or a place counts
// as one. offTopic reads that rule strictly for two kinds of chance match:
//
//   - a surname that is also a common word ("price" names a General Price
//     in a transcript) is the hit's subject only where the hit's text
//     writes it as a name, with a capital and outside a leading transcript
//     label. Matched only through who said it (the statement's speaker,
//     the label "PRICE:") or only as a lower-case word ("priced"), it is
//     still a matched word but no domain word for that hit: "bitcoin price
//     today" is not answered by the General saying what Ukraine fields
//     today. A glossary term that is also a name keeps its class
//     (classTopic).
//   - when a plain word of the question ("weather", "visa") matches
//     nothing, a hit that matches besides names and places only filler
//     words (fillerwords.txt: "today", "tomorrow", "apply", "work") does
//     not answer it: "weather in kyiv tomorrow" is not answered by a
//     report saying what Kyiv expects tomorrow. The glossary's places,
//     people and countries are names here too (classProper). A word of
//     the question's own ("jets" in "sikorsky allied jets permission") or
//     a glossary term of the subject matter still carries the hit.
//
// It says whether h, relevant by relevantFor (the caller asks that first),
// is off topic by these rules.
func (ix *Index) offTopic(h *search.DocumentMatch, als []string, mark func(*search.DocumentMatch) markResult, m markResult, cls []termClass, kind corpus.Kind) bool {
	m = m.evidence() // a weak topic match is no evidence (topicevidence.go)
	cls, changed := ix.namesWritten(h, als, mark, m, cls)
	if changed && !relevantFor(m, cls, kind) {
		return true // the caller found h relevant with the classes unchanged
	}
	return subjectMissing(m, cls) && (fillerOnly(m, cls) || placeAndOneWord(m, cls)) || whereWhenOnly(m, cls) // see wherewhen.go
}

// subjectMissing says whether a plain word of the query (no domain word,
// name, frame or filler word: "bitcoin", "weather", "visa") is one m does
// not match.
func subjectMissing(m markResult, cls []termClass) bool {
	for i, ok := range m.matched {
		if !ok && i < len(cls) && cls[i]&(classDomain|classFrame|className|classSay|classTopic|classFiller) == 0 {
			return true
		}
	}
	return false
}

// namesWritten returns cls without the domain class of the name words
// (className, not a glossary term) that h's text does not write as a
// name: with a capital, outside a leading speaker label; changed says
// whether any class was taken away.
func (ix *Index) namesWritten(h *search.DocumentMatch, als []string, mark func(*search.DocumentMatch) markResult, m markResult, cls []termClass) (_ []termClass, changed bool) {
	var out []termClass
	var caps *markResult
	for i, c := range cls {
		if c&className == 0 || c&classTopic != 0 || c&classDomain == 0 || i >= len(m.matched) || !m.matched[i] {
			continue
		}
		if caps == nil {
			r := mark(textOnly(h, als, "\x00caps", capitalWords(bodyText(storedText(h, als)))))
			caps = &r
		}
		if i < len(caps.matched) && caps.matched[i] {
			continue
		}
		if out == nil {
			out = slices.Clone(cls)
		}
		out[i] &^= classDomain
	}
	if out == nil {
		return cls, false
	}
	return out, true
}

// textOnly is a match holding text in h's first text field, for mark to
// read as h's own text is read: a speaker's name (byNamed), the capitalised
// words of a hit (namesWritten).
func textOnly(h *search.DocumentMatch, als []string, suffix, text string) *search.DocumentMatch {
	d := &search.DocumentMatch{ID: h.ID + suffix, Fields: map[string]interface{}{}}
	for _, a := range als {
		if s, _ := h.Fields[textField(a)].(string); s != "" {
			d.Fields[textField(a)] = text
			break
		}
	}
	return d
}

// maxLabel is the length, in bytes, of the longest speaker label
// bodyText drops ("ALAN PRICE, RETIRED LIEUTENANT GENERAL:").
const maxLabel = 80

// bodyText is text without a leading transcript label: words in capitals
// before a colon ("PRICE:", "Q:", "MARA KEEL, HOST:").
func bodyText(text string) string {
	t := strings.TrimLeftFunc(text, unicode.IsSpace)
	j := strings.IndexByte(t, ':')
	if j <= 0 || j > maxLabel {
		return text
	}
	letters := false
	for _, r := range t[:j] {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return text
			}
			letters = true
		case unicode.IsSpace(r) || strings.ContainsRune(".,'’-()", r):
		default:
			return text
		}
	}
	if !letters {
		return text
	}
	return t[j+1:]
}

// capitalWords is the words of text that begin with a capital letter,
// space separated: where a name can be.
func capitalWords(text string) string {
	var b strings.Builder
	for _, sp := range wordSpans(text) {
		w := text[sp[0]:sp[1]]
		if capitalised(w) {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// fillerData lists the filler words (fillerwords.txt).
//
//go:embed fillerwords.txt
var fillerData string

// fillerWords are the filler words, lower case as typed.
var fillerWords = dataWords(fillerData)

// fillerOnly says whether m matches, besides names and places, only
// filler words (classFiller), and no glossary term of the subject matter.
func fillerOnly(m markResult, cls []termClass) bool {
	filler := false
	for i, ok := range m.matched {
		if !ok || i >= len(cls) {
			continue
		}
		c := cls[i]
		switch {
		case c&classTopic != 0 && c&(className|classProper) == 0:
			return false
		case c&classFiller != 0:
			filler = true
		case c&(classDomain|classFrame|classSay) == 0:
			return false // a plain word of the question's own
		}
	}
	return filler
}

// properSections are the headings of the glossary's sections whose terms
// are proper names (synonyms.txt): places, people and countries.
var properSections = []string{"# ---- places", "# ---- people", "# ---- countries"}

// properTerms are the single-word terms of the glossary's sections of
// proper names, lower case: such a term is where or who, and with filler
// words alone it does not carry a hit (fillerOnly) any more than a
// speaker's name does.
var properTerms = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	in := false
	for _, l := range strings.Split(string(synonymData), "\n") {
		if strings.HasPrefix(l, "# ----") {
			in = slices.ContainsFunc(properSections, func(p string) bool { return strings.HasPrefix(l, p) })
			continue
		}
		if !in || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		for _, t := range strings.FieldsFunc(l, func(r rune) bool { return r == '/' || r == '|' || r == '=' || r == '>' }) {
			if f := strings.Fields(strings.ToLower(t)); len(f) == 1 {
				out[f[0]] = true
			}
		}
	}
	return out
})
