// Impersonal attributions: a report gives what an office or a circle said
// with an impersonal phrase and the source in a prepositional phrase
// before or after it: "Aus dem Kanzleramt hieß es, Berlin werde …",
// "Das sei keine Zusage, hieß es aus Regierungskreisen in Berlin.", "Da
// Palazzo Chigi fanno sapere che …", "À l'Élysée, on indique que …". No
// subject names the speaker, so the word rules find none; the source is
// who spoke: a body the lexicon knows, else an unnamed source described
// by the phrase. The phrases and prepositions are data/impersonal.json.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/impersonal.json
var impersonalJSON []byte

// impersonalLexicon is data/impersonal.json: each phrase split into its
// words, and the prepositions that open a source.
type impersonalLexicon struct {
	phrases [][]string
	preps   map[string]bool
}

var impersonalData = sync.OnceValue(func() impersonalLexicon {
	var d struct {
		Phrases []string `json:"phrases"`
		Preps   []string `json:"sourcePreps"`
	}
	mustDecodeJSON("data/impersonal.json", impersonalJSON, &d)
	l := impersonalLexicon{preps: map[string]bool{}}
	for _, p := range d.Phrases {
		l.phrases = append(l.phrases, strings.Fields(lowerString(p)))
	}
	for _, p := range d.Preps {
		l.preps[lowerString(p)] = true
	}
	return l
})

// impersonal is a fallback reader, deferred by sentence through
// reportedFallback: an impersonal phrase with a source before it, at the
// start of the sentence and what was said after a comma or a that-word,
// or with a source after it running to the end of the sentence and what
// was said before it.
func (x *extractor) impersonal(s string, pos int) bool {
	l := impersonalData()
	if !impersonalCue(s, l.phrases) {
		return false // most sentences hold no impersonal phrase: not tokenised for nothing
	}
	toks := tokenize(s)
	for p := 1; p < len(toks); p++ {
		for _, words := range l.phrases {
			q, ok := verbPhraseAt(toks, p, words)
			if !ok {
				continue
			}
			// "Aus dem Kanzleramt hieß es, …": the source opens the sentence
			if l.preps[lowerWord(toks[0])] && p <= 6 && noMarkBetween(toks, 0, p-1) && (toks[p-1].trail == "" || toks[p-1].trail == ",") {
				// (a comma may close the source: "À l'Élysée, on indique que …")
				k := q + 1
				if toks[q].trail == "" && k < len(toks) && x.lx.thatWords[lowerWord(toks[k])] {
					k++ // "fanno sapere che …"
				} else if !strings.HasPrefix(toks[q].trail, ",") {
					continue
				}
				if k < len(toks)-2 {
					return x.impersonalEmit(s, toks[1:p], s[toks[k].start:], pos)
				}
			}
			// "…, hieß es aus Regierungskreisen in Berlin."
			if strings.HasPrefix(toks[p-1].trail, ",") && q+2 < len(toks) && l.preps[lowerWord(toks[q+1])] && toks[q].trail == "" && q+7 >= len(toks) && noMarkBetween(toks, q+1, len(toks)-1) {
				return x.impersonalEmit(s, toks[q+2:], s[:toks[p-1].start+len(toks[p-1].raw)], pos)
			}
		}
	}
	return false
}

// impersonalCue reports whether every word of one of the phrases stands in
// s, in any case, as a substring: a phrase that the tokens match has each
// of its words in the text, so a sentence without is left untokenised.
func impersonalCue(s string, phrases [][]string) bool {
	for _, words := range phrases {
		all := true
		for _, w := range words {
			if !containsWordFold(s, w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// containsWordFold reports whether s contains w, a lower-case word opening
// with an ASCII letter, in any case ("Hieß", "HIESS"), without lowering s.
func containsWordFold(s, w string) bool {
	if w == "" || strings.Contains(s, w) {
		return true
	}
	lo, up := w[0], w[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	for i := 0; i+len(w) <= len(s); i++ {
		if (s[i] == lo || s[i] == up) && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// noMarkBetween reports whether no mark follows any of toks[from:to].
func noMarkBetween(toks []tok, from, to int) bool {
	for _, t := range toks[from:to] {
		if t.trail != "" {
			return false
		}
	}
	return true
}

// impersonalEmit gives text to the source src: a body or person the
// lexicon or the document knows, else an unnamed source described by the
// source's words as written.
func (x *extractor) impersonalEmit(s string, src []tok, text string, pos int) bool {
	if len(src) == 0 {
		return false
	}
	if l := lowerWord(src[0]); roleArticles[l] || l == "dem" || l == "den" || l == "des" {
		src = src[1:] // "aus dem Kanzleramt"
	}
	if len(src) == 0 || !isCapital(src[0].word) {
		return false
	}
	text = trimSentenceEnd(strings.TrimRight(strings.TrimSpace(text), ",;: "))
	if utf8Len(text) < 12 {
		return false
	}
	sp := x.classify(src, false)
	if sp == nil || sp.kind == kindPerson {
		last := src[len(src)-1]
		sp = &speaker{name: unnamedSpeaker, role: cleanRole(s[src[0].start : last.start+len(last.word)]), kind: kindGroup}
	}
	x.emit(sp, text, false, pos)
	return true
}
