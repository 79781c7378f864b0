// Groups that speak in their own name: "the two delegations said", "both
// sides said", "les dirigeants européens ont affirmé", "Obie delegacje
// oświadczyły", "the coalition of the willing said". The test sets count
// such groups as speakers, with the phrase as written; the person reader
// drops them, as a plural noun with a numeral or "both" before it is
// neither a name nor a title. Words in data/groups.json.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/groups.json
var groupsJSON []byte

// groupWords is data/groups.json read as look-ups.
type groupWords struct {
	plurals, invariable                         map[string]map[string]bool
	cues, articles, named, of, stops, modifiers map[string]bool
	bare, conj, post, breaks                    map[string]bool
	namedLast                                   map[string]bool // last words of named, so most subjects skip the look-up
	maxNamed                                    int
}

var groupData = sync.OnceValue(func() groupWords {
	var d struct {
		Plurals    map[string][]string `json:"plurals"`
		Invariable map[string][]string `json:"invariable"`
		Cues       []string            `json:"pluralCues"`
		Articles   []string            `json:"articles"`
		Named      []string            `json:"named"`
		OfWords    []string            `json:"ofWords"`
		Stops      []string            `json:"stopWords"`
		Modifiers  []string            `json:"modifiers"`
		Bare       []string            `json:"bareLanguages"`
		Conj       []string            `json:"conjunctions"`
		Post       []string            `json:"postLanguages"`
		Breaks     []string            `json:"breakWords"`
	}
	mustDecodeJSON("data/groups.json", groupsJSON, &d)
	g := groupWords{plurals: map[string]map[string]bool{}, invariable: map[string]map[string]bool{},
		cues: set(d.Cues), articles: set(d.Articles), named: set(d.Named), of: set(d.OfWords), stops: set(d.Stops), modifiers: set(d.Modifiers), bare: set(d.Bare),
		conj: set(d.Conj), post: set(d.Post), breaks: set(d.Breaks)}
	for l, ws := range d.Plurals {
		g.plurals[l] = set(ws)
	}
	for l, ws := range d.Invariable {
		g.invariable[l] = set(ws)
	}
	g.namedLast = map[string]bool{}
	for _, n := range d.Named {
		f := strings.Fields(n)
		if len(f) > g.maxNamed {
			g.maxNamed = len(f)
		}
		g.namedLast[f[len(f)-1]] = true
	}
	return g
})

// groupMaxAfter is how many words may follow the group noun before the
// verb: a complement ("of the willing", "des Affaires étrangères",
// "spraw zagranicznych") or an adverbial that is no part of the name.
const groupMaxAfter = 5

// groupSubject reads a group speaking in its own name from the words that
// end at toks[j], right before a speech verb, and returns it with the index
// of its first word. A plural noun alone ("officials said") is left to the
// other readers: with nothing to set it apart it names nobody in particular.
func (x *extractor) groupSubject(toks []tok, j int) (*speaker, int) {
	gw := groupData()
	lang := x.src.Lang
	g, end, named := -1, j, false
	// a group known by its name ending at j ("the coalition of the
	// willing", "the E3")
	for n := gw.maxNamed; n >= 1 && !named && lowerIn(gw.namedLast, groupWord(toks[j])); n-- {
		if st := j - n + 1; st >= 0 && joinedLows(toks[st:j+1]) != "" && gw.named[joinedLows(toks[st:j+1])] {
			g, named = st, true
		}
	}
	if !named {
		for k := j; k >= 0 && k >= j-groupMaxAfter; k-- {
			if k < j && toks[k].trail != "" {
				break
			}
			l := groupLow(toks[k])
			if gw.plurals[lang][l] || gw.invariable[lang][l] && k > 0 && toks[k-1].trail == "" && lowerIn(gw.cues, groupWord(toks[k-1])) {
				g = k
				break
			}
			if gw.named[l] {
				g, named = k, true // "the G7 foreign ministers" reads the noun; "the G7 in Rome" the name
				break
			}
		}
		if g < 0 {
			return nil, 0
		}
		if g < j {
			// the complement: one joined by "of", or lower-case words
			// (a genitive, a Romance adjective after the noun); a place
			// or time word ends the name
			after := toks[g+1 : j+1]
			for _, t := range after {
				if lowerIn(gw.breaks, groupWord(t)) {
					return nil, 0 // "three capitals who …": a clause about the group, not its name
				}
			}
			if !lowerIn(gw.of, groupWord(after[0])) {
				for _, t := range after {
					if isCapital(t.word) && !lowerIn(gw.stops, groupWord(t)) {
						return nil, 0 // "Foreign ministers Sikorski said": a name follows
					}
				}
				if named || !gw.post[lang] {
					end = g // "De G7 verklaarde dinsdag": only "of" joins a complement here; the rest is an adverbial
				}
			}
			for i, t := range after {
				if lowerIn(gw.stops, groupWord(t)) || lowerIn(timePreps, groupWord(t)) {
					end = g + i
					break
				}
			}
		}
	}
	// the words before: quantifiers and articles, nationalities,
	// capitals ("European", "G7") and a few modifiers
	c := g
	for c > 0 && g-c < 4 {
		t := toks[c-1]
		l := groupLow(t)
		if t.trail == "" && (gw.cues[l] || gw.articles[l]) && (l != "the" || lang == "en") {
			c-- // "Both sides", "De leiders": stopCaps holds them as no names
			continue
		}
		if t.trail != "" || stopCaps[l] || x.lx.adverbs[l] || placePreps[l] || timePreps[l] || x.lx.sayVerbs[l] {
			break
		}
		if gw.conj[l] && c > 1 && toks[c-2].trail == "" && (isCapital(toks[c-2].word) || lowerIn(demonymAdjectives(), groupWord(toks[c-2]))) && c < g {
			c-- // "U.S. and Ukrainian negotiators": two nationalities
			continue
		}
		if !(gw.cues[l] || gw.articles[l] || gw.modifiers[l] || demonymAdjectives()[l] || isCapital(t.word) || isDigits(t.word)) {
			break
		}
		if l == "the" && lang != "en" {
			break // an English title's article before a noun of another language
		}
		c--
	}
	if c >= 2 && lowerIn(x.lx.ofWords, groupWord(toks[c-1])) && lowerIn(x.lx.oneWords, groupWord(toks[c-2])) {
		return nil, 0 // "one of the senior diplomats said": one unnamed member (unnamed.go)
	}
	if c == g && !named && !gw.bare[lang] && (end == g || !lowerIn(gw.of, groupWord(toks[g+1]))) {
		// "Officials said", "parti coinvolte hanno detto": with no
		// article or number before it, in a language that writes one, the
		// noun names nobody in particular; "ministri degli Esteri" does
		return nil, 0
	}
	words := make([]string, 0, end-c+1)
	for _, t := range toks[c : end+1] {
		words = append(words, groupWord(t))
	}
	sp := &speaker{name: strings.Join(words, " "), kind: kindGroup}
	if namesJointStatement(lowerWords(tokWords(toks))) {
		sp.role = "joint statement" // "In a joint statement, the two delegations said" (joint.go's role)
	}
	return sp, c
}

// groupLow is groupWord in lower case: tok.low maps some articles to
// English ("De" reads "the"), which the lists here do not want.
func groupLow(t tok) string {
	return lowerString(groupWord(t))
}

// groupWord is a token's word as the text writes it: the tokenizer gives
// some sentence-opening articles in English ("De leiders" as "The"), and
// the group is named as written.
func groupWord(t tok) string {
	w := strings.TrimFunc(t.raw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if w == "" || strings.EqualFold(w, strings.TrimRight(t.word, ".")) {
		return t.word
	}
	return w
}

// joinedLows joins the lower-case words of ts with spaces, or "" when any
// but the last is followed by punctuation.
func joinedLows(ts []tok) string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		if i < len(ts)-1 && t.trail != "" {
			return ""
		}
		ws[i] = groupLow(t)
	}
	return strings.Join(ws, " ")
}

// isDigits reports whether w is written in digits only ("27 leaders").
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// unnamedNounAfterAdjectives returns the index of the unnamed-source noun
// ("diplomat", "источник") that follows the adjective at toks[from] and
// at most one more lower-case adjective ("Высокопоставленный европейский
// дипломат", "Wysoki rangą dyplomata": languages with no article open an
// unnamed source with its adjectives), or -1.
func unnamedNounAfterAdjectives(x *extractor, toks []tok, from int) int {
	if w := toks[from].word; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return -1 // "Zelensky's new negotiator, Rustem Umerov,": whose, and named after
	}
	for n := from + 1; n < len(toks) && n <= from+2; n++ {
		if x.lx.isUnnamed(lowerWord(toks[n])) {
			if n == from+2 && toks[n].trail != "" && n+1 < len(toks) && isCapital(toks[n+1].word) {
				return -1 // a name in apposition after the noun
			}
			return n
		}
		if toks[n].trail != "" || isCapital(toks[n].word) || x.lx.sayVerbs[lowerWord(toks[n])] || x.lx.actVerbs[lowerWord(toks[n])] || hasDigit(toks[n].word) {
			return -1 // (a figure is a count of people, "About 60,000 people are still living in …", no source)
		}
	}
	return -1
}

// hasDigit reports whether w holds a digit ("60,000", "2,5").
func hasDigit(w string) bool {
	return containsAny(w, "0123456789")
}
