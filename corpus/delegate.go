// Delegates: a summary of a meeting of states (a council's briefing, a
// conference's plenary) names who spoke by the state they spoke for and
// no personal name: "The representative of the United States said …",
// "Brazil's representative called on …", "The French delegate said …",
// "Il rappresentante della Francia ha detto …", "Представитель Франции
// заявил …". The role phrase is the speaker, as the summary gives it; a
// bare "the delegate" after such speakers is one of them, named as the
// text names them. Words in data/delegates.json.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/delegates.json
var delegatesJSON []byte

// delegateWords is data/delegates.json read as look-ups.
type delegateWords struct {
	nouns, ofWords, offices, genitive map[string]bool
}

var delegateData = sync.OnceValue(func() delegateWords {
	var d struct {
		Nouns    []string `json:"nouns"`
		OfWords  []string `json:"ofWords"`
		Offices  []string `json:"offices"`
		Genitive []string `json:"genitiveLanguages"`
	}
	mustDecodeJSON("data/delegates.json", delegatesJSON, &d)
	return delegateWords{nouns: set(d.Nouns), ofWords: set(d.OfWords), offices: set(d.Offices), genitive: set(d.Genitive)}
})

// delegateMaxStateWords is how many capitalised words a state's name may
// hold ("the Democratic Republic of the Congo" has four).
const delegateMaxStateWords = 4

// delegate reads a subject phrase (words without their leading article,
// lows the same in lower case, phrase the tokens as written) as a
// delegate of a state or an international official without a name; nil
// when it is not one.
func (x *extractor) delegate(phrase []tok, words, lows []string) *speaker {
	dw := delegateData()
	n := len(words)
	if n == 0 || n > 8 {
		return nil
	}
	raw := tokWords(phrase) // as written: "ОБСЕ" stays an acronym
	for _, t := range phrase[:len(phrase)-1] {
		if t.trail != "" {
			return nil // "the representative of France, Jean Dupont": a name in apposition
		}
	}
	switch {
	case n == 1 && dw.nouns[lows[0]]:
		// "The delegate said": one of the delegates who spoke before
		if x.lastDelegate == nil {
			return nil
		}
		return x.delegateSpeaker(words[0])
	case dw.nouns[lows[0]] || dw.offices[lows[0]]:
		if len(raw) == n && x.delegateState(raw[1:], lows[1:]) {
			return x.delegateSpeaker(strings.Join(words, " "))
		}
	case dw.nouns[lows[n-1]] && n <= 4:
		head := words[:n-1]
		last := head[len(head)-1]
		switch {
		case strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s"):
			// "Brazil's representative", "the United Kingdom's delegate"
			for _, w := range head {
				if !isCapital(w) || isAllCaps(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) {
					return nil
				}
			}
		case n == 2 && demonymAdjectives()[lows[0]]:
			// "the French delegate", "der französische Vertreter"
		default:
			return nil
		}
		return x.delegateSpeaker(strings.Join(words, " "))
	}
	return nil
}

// delegateState reports whether words, after a delegate's noun, are the
// name of a state: prepositions and articles, then capitalised words
// ("of the Russian Federation", "della Francia", "Frankreichs", "на
// Франция"), not an acronym ("представитель МИД" is a ministry's
// spokesperson, an unnamed source) nor an institution ("del Cremlino",
// "Кремля"). A state the lexicon knows as a body ("the United States") is
// one.
func (x *extractor) delegateState(words, lows []string) bool {
	dw := delegateData()
	caps, i := 0, 0
	for i < len(words) && (dw.ofWords[lows[i]] || lows[i] == "and") && caps == 0 {
		i++
	}
	if i == len(words) {
		return false
	}
	for _, w := range words[i:] {
		l := lowerString(w)
		switch {
		case isCapital(w) && !isAllCaps(w):
			caps++
		case (dw.ofWords[l] || l == "and") && caps > 0:
		default:
			return false
		}
	}
	if caps == 0 || caps > delegateMaxStateWords || !isCapital(words[len(words)-1]) {
		return false
	}
	if i == 0 && (caps != 1 || !dw.genitive[x.src.Lang]) {
		return false // "Representative Glen Marsh": a title before a name
	}
	il := institutionData()
	for _, w := range words[i:] {
		if il.isHead(w) || il.obliqueHead(w) != "" {
			return false // "представитель Кремля", "представник Пентагону": a body's spokesperson (institutions.go)
		}
	}
	tail := strings.Join(lows[i:], " ")
	if _, ok := x.lx.people[tail]; ok {
		return false
	}
	if _, ok := x.short[tail]; ok {
		return false
	}
	return true
}

// delegateSpeaker is the speaker named by a delegate's phrase, the same
// one each time the document gives the phrase.
func (x *extractor) delegateSpeaker(name string) *speaker {
	if sp, ok := x.people[name]; ok {
		x.lastDelegate = sp
		return sp
	}
	sp := &speaker{name: name, kind: kindPerson}
	x.people[name] = sp
	x.lastDelegate = sp
	return sp
}

// delegateSpan reads back from toks[j], the word before the verb, over a
// state's name and the preposition before it to a delegate's noun and its
// article ("Le représentant de la France a déclaré", "Представителят на
// Франция заяви"): the readers of a subject stop at the lower-case
// preposition and take the state alone. It returns the delegate and the
// index of the phrase's first token, or nil.
func (x *extractor) delegateSpan(toks []tok, j int) (*speaker, int) {
	dw := delegateData()
	if j < 1 || j >= len(toks) || toks[j].trail != "" || !isCapital(toks[j].word) {
		return nil, 0
	}
	m := j
	for m >= 0 && j-m <= delegateMaxStateWords+3 {
		t := toks[m]
		l := lowerWord(t)
		if m < j && t.trail != "" {
			return nil, 0
		}
		if dw.nouns[l] || dw.offices[l] {
			break
		}
		if !(isCapital(t.word) && !isAllCaps(t.word)) && !dw.ofWords[l] && l != "and" {
			return nil, 0
		}
		m--
	}
	if m < 0 || m == j || !dw.nouns[lowerWord(toks[m])] && !dw.offices[lowerWord(toks[m])] {
		return nil, 0
	}
	start := m
	if m > 0 && toks[m-1].trail == "" && (roleArticles[lowerWord(toks[m-1])] || definiteArticles[lowerWord(toks[m-1])]) {
		start = m - 1
	}
	if start > 0 && toks[start-1].trail == "" {
		return nil, 0 // more words before it: the noun is inside another phrase
	}
	sp := x.classify(toks[start:j+1], start == 0)
	if sp == nil || sp != x.lastDelegate {
		return nil, 0
	}
	return sp, start
}
