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
		span := make([]tok, n-lo+1)
		copy(span, toks[lo:n])
		span[n-lo-1].trail = ""
		span[n-lo] = tok{raw: "said", word: "said", low: "said", start: len(s)}
		sp, start := x.subjectSpan(s, span, n-lo)
		return sp, start + lo
	}
	sp, start := read(0)
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
	if len(x.out) > before {
		x.mentions(s)
	}
}
