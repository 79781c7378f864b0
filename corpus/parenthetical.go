// Parenthetical attributions: a speaker and verb set off by commas inside
// what was said ("Only Zelensky could decide on territory, the French
// president said, and Europe would have its say", "Any deal would go to a
// referendum, he told dpa, and he doubted it could win one").

package corpus

import "strings"

// parenthetical returns what was said around an attribution set off by
// commas: the subject at start follows a comma, and the verb at vi, with
// at most maxGap words of addressee or adverbial after it ("told a joint
// news conference"), ends in a comma with more of the sentence after it.
// Both parts are the speaker's. ok is false for any other arrangement.
func (x *extractor) parenthetical(s string, toks []tok, start, vi int, say bool) (string, bool) {
	if !say || start == 0 || !strings.HasPrefix(toks[start-1].trail, ",") {
		return "", false
	}
	e := vi
	for e < len(toks) && e-vi <= maxGap && toks[e].trail == "" {
		if e > vi && !x.gapWord(toks[e]) {
			return "", false // "said that …", "said on Monday "…"": what was said has begun
		}
		e++
	}
	if e+1 >= len(toks) || toks[e].trail != "," {
		return "", false
	}
	if x.lx.thatWords[lowerWord(toks[e+1])] {
		return "", false // "Отвечая на вопрос, Песков сказал, что …": the comma opens what was said
	}
	if last := toks[e]; e > vi {
		last.trail = ""
		if !x.gapWord(last) {
			return "", false
		}
	}
	if containsAny(s[:toks[start-1].start], "“”\"«»„") && !quoteClosedBefore(s[:toks[start-1].start+len(toks[start-1].raw)]) {
		return "", false // a quotation open across the attribution is the quotation rules' to read
	}
	return aroundAttribution(s, toks, start-1, e+1), true
}

// quoteClosedBefore reports whether every quotation opened in s is closed.
func quoteClosedBefore(s string) bool {
	depth := 0
	for _, r := range s {
		switch {
		case r == '"':
			depth ^= 1
		case r == '“' || r == '«' || r == '„':
			depth++
		case r == '”' || r == '»':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth == 0
}

// invertedAfterOneWord reads an inverted attribution after the first word
// of what was said ("Работа, сказал он, будет продолжена в тишине",
// "Praca, powiedział, będzie kontynuowana"): the speaker runs from the
// verb to the next comma, and what was said is around them. Longer
// openings are read where an inverted verb after a comma is
// (trailingSubjectAfter).
func (x *extractor) invertedAfterOneWord(s string, toks []tok, pos int) bool {
	o := 0 // the comma closing the opening word
	vi := o + 1
	if vi+3 > len(toks) || toks[o].trail != "," || toks[vi].trail != "" || !x.lx.sayVerbs[lowerWord(toks[vi])] {
		return false
	}
	c := vi + 1
	for c < len(toks)-1 && c < vi+5 && toks[c].trail == "" {
		c++
	}
	if c >= len(toks)-1 || toks[c].trail != "," {
		return false
	}
	sp := x.subjectAfter(toks[:c+1], vi+1)
	if sp == nil {
		return false
	}
	x.emit(sp, aroundAttribution(s, toks, o, c+1), false, pos)
	return true
}

// clauseAfterParticiple reports whether what follows a speech participle
// at p, from j, is a clause with no "that" before it ("…, saying he was
// willing to …", "…, adding Kyiv would not sign"): it opens with a
// pronoun, an article or a name, not with a preposition or an object
// ("saying goodbye", "warning of a crisis").
func (x *extractor) clauseAfterParticiple(toks []tok, p, j int) bool {
	if j != p+1 || toks[p].trail != "" || j+2 >= len(toks) {
		return false
	}
	l := lowerWord(toks[j])
	switch l {
	case "he", "she", "they", "we", "i", "it", "the", "this", "there":
		return true
	}
	return isCapital(toks[j].word) && !gapOpener(toks[j]) && !x.lx.thatWords[l]
}
