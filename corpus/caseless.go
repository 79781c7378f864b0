// Scripts without letter case. Arabic and Hebrew write no capitals, so
// the cues that read a capital as the start of a sentence or of a name
// find none in them: a rule that waits for a capital never fires on such
// a text. The helpers here let those rules read a letter of a caseless
// script where they would read a capital.

package corpus

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// caselessLetter reports whether r is a letter of a script that has no
// letter case (Arabic, Hebrew; CJK too, which has no spaced sentence end
// to meet): after a full stop and a space it opens a sentence as a capital
// does in the cased scripts.
func caselessLetter(r rune) bool {
	return r >= 0x0590 && unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

//go:embed data/caseless.json
var caselessJSON []byte

// caselessLang is one language of data/caseless.json.
type caselessLang struct {
	Articles            []string `json:"articles"`
	AdjunctPrepositions []string `json:"adjunctPrepositions"`
	AdjunctProclitics   []string `json:"adjunctProclitics"`
	Unnamed             []string `json:"unnamed"`
	BackRefs            []string `json:"backRefs"`
	Honorifics          []string `json:"honorifics"`
	Proclitics          []string `json:"proclitics"`
	Relatives           []string `json:"relatives"`
	RelativeProclitics  []string `json:"relativeProclitics"`
	RelativeExceptions  []string `json:"relativeExceptions"`
}

// caselessData is data/caseless.json by language code.
var caselessData = sync.OnceValue(func() map[string]caselessLang {
	var d struct {
		Languages map[string]caselessLang `json:"languages"`
	}
	mustDecodeJSON("data/caseless.json", caselessJSON, &d)
	return d.Languages
})

// caselessScript is the language of the caseless script w is written in
// ("ar", "he"), or "" for a word of a cased script or none.
func caselessScript(w string) string {
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Hebrew, r):
			return "he"
		case unicode.Is(unicode.Arabic, r):
			return "ar"
		case unicode.IsLetter(r):
			return ""
		}
	}
	return ""
}

// caselessPhrase is the language of a phrase whose every word is written
// in one caseless script, or "".
func caselessPhrase(phrase []tok) string {
	lang := ""
	for _, t := range phrase {
		l := caselessScript(t.word)
		if l == "" || lang != "" && l != lang {
			return ""
		}
		lang = l
	}
	return lang
}

// hasArticle reports whether w opens on one of the language's prefixed
// definite articles and goes on after it.
func (c caselessLang) hasArticle(w string) bool {
	for _, a := range c.Articles {
		if strings.HasPrefix(w, a) && utf8.RuneCountInString(w) > utf8.RuneCountInString(a)+1 {
			return true
		}
	}
	return false
}

// opensAdjunct reports whether w opens an adjunct after a name: a
// preposition, or a preposition written onto its noun.
func (c caselessLang) opensAdjunct(w string) bool {
	if slices.Contains(c.AdjunctPrepositions, w) {
		return true
	}
	for _, p := range c.AdjunctProclitics {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w) > utf8.RuneCountInString(p)+2 {
			return true
		}
	}
	return false
}

// caselessSpeaker reads a speaker phrase of a caseless script, where no
// capital marks the name: a person the lexicon or the document knows, with
// the words before the name as the title ("المستشار الألماني فريدريش
// ميرتس", "נשיא אוקראינה וולודימיר זלנסקי"); an unnamed source
// ("مسؤول أمريكي", "גורם מדיני בירושלים"); the unnamed source just cited
// ("المسؤول"); or a title, or an honorific, then a name of two words
// ("الباحث في مركز … سامر الحديدי", "ד\"ר אבנר שגיא"). An adjunct after
// the name ("في مؤتمر صحفي", "لوكالة …") is cut off first. ok is false
// when the phrase is not in a caseless script.
func (x *extractor) caselessSpeaker(phrase []tok) (sp *speaker, ok bool) {
	lang := caselessPhrase(phrase)
	if lang == "" {
		return nil, false
	}
	c := caselessData()[lang]
	words := make([]string, len(phrase))
	for i, t := range phrase {
		words[i] = t.word
	}
	if n, at := x.caselessKnown(words); n > 0 {
		return x.person(words[at:at+n], strings.Join(words[:at], " ")), true
	}
	if slices.Contains(c.Unnamed, words[0]) {
		return &speaker{name: unnamedSpeaker, role: strings.Join(words, " "), kind: kindGroup}, true
	}
	if len(words) == 1 && slices.Contains(c.BackRefs, words[0]) {
		if u := x.lastUnnamed; u != nil && x.recent(u, 2) {
			return u, true
		}
		return nil, true
	}
	plain := 0 // words without the article: a name's
	for k, w := range words {
		if k > 0 && c.opensAdjunct(w) && plain >= 2 {
			words = words[:k]
			break
		}
		if !c.hasArticle(w) && !slices.Contains(c.AdjunctPrepositions, w) {
			plain++ // ("ليلى": a name may open on a letter that is also a preposition)
		}
	}
	honorific := slices.Contains(c.Honorifics, words[0])
	if honorific {
		words = words[1:]
	}
	if len(words) < 2 || c.hasArticle(words[len(words)-2]) || slices.Contains(c.AdjunctPrepositions, words[len(words)-2]) {
		return nil, true // no first name before the surname
	}
	name := words[len(words)-2:]
	role := strings.Join(words[:len(words)-2], " ")
	if role == "" && !honorific && len(phrase) > 2 {
		return nil, true
	}
	return x.person(name, role), true
}

// caselessKnown finds a person the lexicon or the document knows among
// words, the longest run first: its length and where it starts, or 0.
func (x *extractor) caselessKnown(words []string) (n, at int) {
	for n = min(3, len(words)); n >= 1; n-- {
		for at = 0; at+n <= len(words); at++ {
			l := strings.Join(words[at:at+n], " ")
			if _, ok := x.lx.people[l]; ok {
				return n, at
			}
			if _, ok := x.short[l]; ok {
				return n, at
			}
		}
	}
	return 0, 0
}

// caselessSubjectMax is how many words a subject before its verb may hold
// in a caseless script: a title of a few words and a name.
const caselessSubjectMax = 8

// caselessSubject reads the subject ending at toks[j] when it is written
// in a caseless script: the words back to the sentence's start or to a
// mark, read by caselessSpeaker. ok is false when toks[j] is not in such
// a script, so the readers of cased scripts go on.
func (x *extractor) caselessSubject(toks []tok, j int) (*speaker, int, bool) {
	if caselessScript(toks[j].word) == "" {
		return nil, 0, false
	}
	k := j
	for k > 0 && j-k+1 < caselessSubjectMax && toks[k-1].trail == "" && caselessScript(toks[k-1].word) != "" {
		k--
	}
	if k > 0 && toks[k-1].trail == "" {
		return nil, 0, true // no mark before it: the words of a clause, not its subject
	}
	sp, _ := x.caselessSpeaker(toks[k : j+1])
	return sp, k, true
}

// procliticMax is how many proclitics may be written before a word:
// "و" and "ب" in "وبالبند", "ו" and "ב" in "ובסעיף".
const procliticMax = 2

// hasProclitic reports whether w, an Arabic or Hebrew word, is a word of
// the set with one or two of its language's proclitics written before it
// ("فالبند", "للبند", "ובסעיף", "שבסעיף"). The Arabic "ل" before the
// article drops the article's alif ("للبند" is "ل" + "البند").
func (s lowerSet) hasProclitic(w string) bool {
	lang := caselessScript(w)
	if lang == "" {
		return false
	}
	c := caselessData()[lang]
	rest := w
	for range procliticMax {
		cut := ""
		for _, p := range c.Proclitics {
			if strings.HasPrefix(rest, p) && utf8.RuneCountInString(rest) > utf8.RuneCountInString(p)+2 {
				cut = rest[len(p):]
				break
			}
		}
		if cut == "" {
			return false
		}
		if s.m[cut] {
			return true
		}
		if lang == "ar" && strings.HasPrefix(rest, "ل") && strings.HasPrefix(cut, "ل") && s.m["ا"+cut] {
			return true // "للنقطة": "ل" + "النقطة"
		}
		rest = cut
	}
	return false
}

// gershayim reports whether the ASCII double quote at s[i] stands between
// two Hebrew letters: the gershayim of an abbreviation or acronym, as
// Hebrew news types it ("נאט"ו", "ד"ר", "ארה"ב"), which neither opens
// nor closes a quotation.
func gershayim(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.Is(unicode.Hebrew, before) && unicode.IsLetter(before) && unicode.Is(unicode.Hebrew, after) && unicode.IsLetter(after)
}

// caselessLeadMax is how many words a lead phrase closed by a comma may
// hold before a verb that opens its clause: "من جهته،" ("for his part"),
// "في المقابل،", "بدوره،".
const caselessLeadMax = 3

// caselessLeadCut drops such a lead phrase from the head of an Arabic or
// Hebrew sentence, so the verb after it opens the tokens; toks is
// returned whole otherwise.
func caselessLeadCut(toks []tok) []tok {
	for i := 0; i < len(toks)-1 && i < caselessLeadMax; i++ {
		if caselessScript(toks[i].word) == "" {
			return toks
		}
		if tr := toks[i].trail; tr == "،" || tr == "," {
			return toks[i+1:]
		}
		if toks[i].trail != "" {
			return toks
		}
	}
	return toks
}

// caselessLeadEnd is where the words after such a lead phrase start in s,
// or 0 when s opens with none.
func caselessLeadEnd(s string) int {
	if r, _ := utf8.DecodeRuneInString(s); !caselessLetter(r) {
		return 0
	}
	toks := tokenize(firstWords(s, caselessLeadMax+1))
	if cut := caselessLeadCut(toks); len(cut) < len(toks) {
		return cut[0].start
	}
	return 0
}

// commaMark reports whether a token's trailing punctuation opens with a
// comma, the Latin one or the Arabic "،".
func commaMark(trail string) bool {
	return strings.HasPrefix(trail, ",") || strings.HasPrefix(trail, "،")
}

// caselessUnnamed is caselessSpeaker's reading of a phrase when it names
// an unnamed source ("مسؤول أمريكي", or "المسؤول" for the one just
// cited), nil otherwise: the verb-first reader takes only people from
// citedPerson, and an unnamed source is a group there.
func (x *extractor) caselessUnnamed(phrase []tok) *speaker {
	if len(phrase) == 0 {
		return nil
	}
	if sp, ok := x.caselessSpeaker(phrase); ok && sp != nil && sp.name == unnamedSpeaker {
		return sp
	}
	return nil
}

// relative reports whether w opens a relative clause.
func (c caselessLang) relative(w string) bool {
	if slices.Contains(c.Relatives, w) {
		return true
	}
	if slices.Contains(c.RelativeExceptions, w) {
		return false
	}
	for _, p := range c.RelativeProclitics {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w) > utf8.RuneCountInString(p)+2 {
			return true
		}
	}
	return false
}

// caselessCommaMax is how many words each part of a subject set off by
// commas may hold: the name, and the title or relative clause after it.
const caselessCommaMax = 10

// caselessCommaSubject reads a subject of a caseless script that ends in
// a comma before its verb: a name or title, then, between commas, a
// relative clause ("הנשיא טראמפ, שדרש …, אמר", "גורם מדיני, שביקש שלא
// להזדהות, אמר") or a title ("ד\"ר אבנר שגיא, חוקר במכון …, אמר"). The
// speaker is read from the words before the first comma; a title after
// it is their role. ok is false when toks[j] is not such a word.
func (x *extractor) caselessCommaSubject(toks []tok, j int) (sp *speaker, at int, ok bool) {
	if !commaMark(toks[j].trail) {
		return nil, 0, false
	}
	lang := caselessScript(toks[j].word)
	if lang == "" {
		return nil, 0, false
	}
	m := j // the first word after the first comma
	for m > 0 && j-m < caselessCommaMax && toks[m-1].trail == "" && caselessScript(toks[m-1].word) != "" {
		m--
	}
	if m == 0 || !commaMark(toks[m-1].trail) {
		return nil, 0, false
	}
	k := m - 1
	for k > 0 && m-k < caselessCommaMax && toks[k-1].trail == "" && caselessScript(toks[k-1].word) != "" {
		k--
	}
	if k > 0 && toks[k-1].trail == "" {
		return nil, 0, false
	}
	c := caselessData()[lang]
	sp, _ = x.caselessSpeaker(toks[k:m])
	if sp == nil {
		return nil, 0, true
	}
	if !c.relative(toks[m].word) && sp.kind == kindPerson && sp.role == "" {
		withRole := *sp
		withRole.role = strings.TrimSpace(strings.Join(tokWords(toks[m:j+1]), " "))
		sp = &withRole
	}
	return sp, k, true
}

// tokWords is the words of toks, without their punctuation.
func tokWords(toks []tok) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.word
	}
	return out
}
