package corpus

import (
	"strings"
	"sync"
)

// A writer who has just counted a plan's points goes through them by
// ordinal alone, the point word left out: "It was a text of twenty-eight
// points. The sixth capped the army at 600,000. The seventh asked Kyiv to
// …", "Il testo ha 28 punti: il settimo chiede …", "Седьмой требовал …".
// The rules that read ordinals (ordinalPointRef) need the point word next
// to the ordinal, so such a sentence, when another rule has taken it as a
// term, was left unnumbered. elidedOrdinal gives it the number when the
// sentence opens with the ordinal after an article (pointrefs.json
// elidedOrdinalArticles), or with the ordinal alone in a language that
// writes no article (bareOrdinalLanguages: "Secondo il piano …" and
// "Premier odniósł się …" open with no ordinal), and the paragraph before
// it, or the paragraph above, speaks of points, so that "The second round
// of talks …" in a paragraph on no points stays unnumbered. A title that
// spells like an ordinal ("premier") is none. The ordinals and point
// words are plans.json's, for every language.

// elidedData is what pointrefs.json says of elided ordinals.
type elidedData struct {
	Articles  []string `json:"elidedOrdinalArticles"`
	BareLangs []string `json:"bareOrdinalLanguages"`
	Gaps      []string `json:"elidedGapWords"`
	Verbs     []string `json:"elidedOrdinalVerbs"`
	articles  map[string]bool
	bare      map[string]bool
	// gaps are the words after an ordinal that a verb before it governs
	// ("of", "de", "von": elidedGapWords); verbs are verbs of "speaking
	// of" a point that pointVerbAfter does not know ("habla", "spricht":
	// elidedOrdinalVerbs). Both are read by elidedHeads.
	gaps, verbs map[string]bool
	// heads is a wordFilter over the ordinals and the articles: a word it
	// rejects can open no elided point (elidedHeads), which is most words.
	heads *keyFilter
}

var elidedOrdinalData = sync.OnceValue(func() *elidedData {
	var e elidedData
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &e)
	e.articles, e.bare = set(e.Articles), set(e.BareLangs)
	e.gaps, e.verbs = set(e.Gaps), set(e.Verbs)
	e.heads = wordFilter(lexiconData().ordinals)
	for a := range e.articles {
		e.heads.add(wordKey(a))
	}
	return &e
})

// elidedOrdinal is the number of the point sentence s, in language lang,
// names by an ordinal alone, or 0. before are the paragraph's sentences
// before s, above the text of the paragraph above ("" for none).
func elidedOrdinal(lx *lexicon, lang, s string, before []string, above string) int {
	n := openingOrdinal(lx, s, elidedOrdinalData().bare[lang])
	if n == 0 {
		return 0
	}
	for _, b := range before {
		if speaksOfPoints(lx, b) {
			return n
		}
	}
	if speaksOfPoints(lx, above) {
		return n
	}
	return 0
}

// openingOrdinal is the ordinal s opens with, after an article ("The
// seventh …", "The twenty-first …", "Il settimo …") or, when bare, alone
// ("Двадцять шостий …"); 0 when s opens otherwise.
func openingOrdinal(lx *lexicon, s string, bare bool) int {
	w, next := nextWord(s, 0)
	l := lowerString(strings.Trim(w, "*_"))
	if elidedOrdinalData().articles[l] {
		w, next = nextWord(s, next)
		l = lowerString(strings.Trim(w, "*_"))
	} else if !bare {
		return 0
	}
	if l == "" || lx.isRole(l) || next < len(s) && s[next] == ',' {
		return 0 // "Le premier ministre …", "Second, …": a title, an enumeration
	}
	if ordinalTensData()[l] > 0 {
		// "twenty first", "двадцять шостий": the tens, then the unit
		w2, _ := nextWord(s, next)
		u2 := lowerString(w2)
		if t, u := tensValue(l, u2), lx.ordinals[u2]; t > 0 && u >= 1 && u <= 9 {
			return t + u
		}
		return 0
	}
	n := lx.ordinals[l]
	if n == 0 {
		n = hyphenOrdinal(lx, l)
	}
	if n > 0 && nounAfterOrdinal(lx, s, next) {
		return 0 // "Der vierte Gast, der frühere Oberst …": the ordinal counts guests
	}
	return n
}

// nounAfterOrdinal reports whether the word after an opening ordinal, which
// ends at next in s, is a noun the ordinal counts, written with a capital
// as German writes every noun ("Der vierte Gast", "Die zweite Runde"); a
// point word there is the plan's ("Der vierte Punkt"), read elsewhere.
// A name there is as little a point ("The second Trump administration").
func nounAfterOrdinal(lx *lexicon, s string, next int) bool {
	w, _ := nextWord(s, next)
	if w == "" || !upperStart(w) {
		return false
	}
	l := lowerString(w)
	return !lx.pointWords[l] && !pointRefSet().has(w) && !lx.pointPlurals[l]
}

// speaksOfPoints reports whether a text names points: a point word
// ("point", "пункт"), a plural one ("points", "punti") or a declined form
// of one ("пунктов", "punktów").
func speaksOfPoints(lx *lexicon, text string) bool {
	for i := 0; i < len(text); {
		w, next := nextWord(text, i)
		if w == "" {
			return false
		}
		i = next
		if len(w) < 3 {
			continue
		}
		if pointRefSet().has(w) {
			return true
		}
		l := lowerString(w)
		if lx.pointPlurals[l] {
			return true
		}
		for pw := range lx.pointWords {
			// a declined form: "пунктов", "Punkte", "punktów"
			if len(pw) >= 5 && strings.HasPrefix(l, pw) {
				return true
			}
		}
	}
	return false
}

// textAbove is the text of the paragraph before paragraph i when it is
// running text, else "".
func textAbove(ps []paragraph, i int) string {
	if i == 0 || ps[i-1].kind != paraText {
		return ""
	}
	return ps[i-1].text
}
