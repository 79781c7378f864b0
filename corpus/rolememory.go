package corpus

import "strings"

// Titles remembered from every sentence: a person is often named with
// their title once ("talks between President Vladimir Putin and the
// envoys", "with German Chancellor Friedrich Merz acting as host") in a
// sentence that quotes someone else, and quoted later by surname alone.
// The later statement carries the title it was first given.

// titledName reads the person named by toks[i:n] with the title before
// the name, as subjectSpan reads a speaker back from a verb. When that
// reading lands on someone else (the title reader takes a name after
// "with" as the companion of the sentence's subject), it reads again from
// the word after the comitative preposition, where the title begins.
func (x *extractor) titledName(s string, toks []tok, i, n int) (*speaker, int) {
	read := func(lo int) (*speaker, int) {
		// the name and a "said" after it, in a buffer kept from one
		// name to the next: subjectSpan keeps none of its tokens
		span := append(x.spanBuf[:0], toks[lo:n]...)
		span = append(span, tok{raw: "said", word: "said", low: "said", start: len(s)})
		span[n-lo-1].trail = ""
		x.spanBuf = span[:0]
		sp, start := x.subjectSpan(s, span, n-lo)
		return sp, start + lo
	}
	lo0 := 0
	if i > 1 && lowerIn(weekdays(), toks[0].word) {
		lo0 = 1 // "Domenica il presidente Zelensky …": the day opens the sentence, it is no part of the title
	}
	for k := 0; k < 3 && k+1 < i; k++ {
		if eveWords[lowerWord(toks[k])] {
			lo0 = k + 2 // "Напередодні Різдва президент …": the eve phrase and its complement are no title (introduce.go)
		}
	}
	sp, start := read(lo0)
	if sp != nil && strings.Contains(sp.name, toks[n-1].word) {
		return sp, start
	}
	if lo := titleRunStart(toks, i); lo > 0 {
		return read(lo)
	}
	return sp, start
}

// titleRunStart returns the index of the word after the comitative
// preposition ("with", "alongside") shortly before the name at toks[i],
// or 0.
func titleRunStart(toks []tok, i int) int {
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		if comitative[lowerWord(toks[k])] {
			return k + 1
		}
		if toks[k].trail != "" {
			break
		}
	}
	return 0
}

// titlesAfterStatement reads the titled names of a sentence that gave a
// statement (mentions reads only the sentences that give none), so that
// the people it names beside the speaker keep their titles for later.
func (x *extractor) titlesAfterStatement(s string, before int) {
	if len(x.out) > before && x.learnsTitle(s) {
		x.mentions(s)
	}
}

// learnsTitle is a cheap look for what titlesAfterStatement could learn: a
// title word followed by the name of someone the document does not yet
// know with a title. Most sentences that quote someone name nobody else.
func (x *extractor) learnsTitle(s string) bool {
	if x.look != nil && x.lookFor == s {
		return x.learnsTitleToks(x.look)
	}
	if tokensOfSentence(x.toks, s) {
		return x.learnsTitleToks(x.toks) // the tokens the statement was read from
	}
	afterTitle := 0 // words left in which a name may follow a title word ("presidente francese Emmanuel")
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		if afterTitle > 0 && isCapital(w) && !x.titledAlready(s[next:], w) {
			return true
		}
		i = next
		afterTitle--
		if len(w) >= 3 && x.lx.exTitleWord(w) {
			afterTitle = maxTitleToName
		}
	}
	return false
}

// maxTitleToName is how many words after a title word a name may start
// ("ministro degli Esteri Antonio").
const maxTitleToName = 3

// titledAlready reports whether the name that starts with w (and goes on
// in rest with capitalised words) is someone the document knows with a
// title.
func (x *extractor) titledAlready(rest, w string) bool {
	last := w
	for k := 0; k < 2; k++ {
		n, next := nextWord(rest, 0)
		if n == "" || !isCapital(n) || next > len(n)+2 {
			break // (a word further on, after punctuation, is no part of the name)
		}
		last, rest = n, rest[next:]
	}
	var lb [64]byte // the look-up key on the stack
	canon, ok := x.short[string(appendLower(lb[:0], last))]
	if !ok {
		return false
	}
	sp, ok := x.people[canon]
	return ok && sp.role != ""
}

// learnsTitleToks is learnsTitle over the sentence's tokens, when they are
// at hand.
func (x *extractor) learnsTitleToks(toks []tok) bool {
	afterTitle := 0
	for i, t := range toks {
		if afterTitle > 0 && isCapital(t.word) {
			rest := ""
			if i+1 < len(toks) && t.trail == "" {
				rest = toks[i+1].raw
			}
			if !x.titledAlready(rest, t.word) {
				return true
			}
		}
		afterTitle--
		if len(t.word) >= 3 && x.lx.exTitleWord(t.word) {
			afterTitle = maxTitleToName
		}
	}
	return false
}

// tokensOfSentence reports whether toks were cut from s and run to its
// end: their first and last words stand where their offsets say.
func tokensOfSentence(toks []tok, s string) bool {
	if len(toks) < 2 {
		return false
	}
	first, last := toks[0], toks[len(toks)-1]
	return first.start <= 2 && last.start+len(last.raw) >= len(s)-2 && last.start+len(last.raw) <= len(s) &&
		strings.HasPrefix(s[first.start:], first.raw) && s[last.start:last.start+len(last.raw)] == last.raw
}
