// Tokens: the words of a sentence with their offsets and punctuation.

package corpus

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tok is one whitespace-separated word of a sentence.
type tok struct {
	raw   string // as written, punctuation included
	word  string // without surrounding punctuation
	low   string // word in lower case
	trail string // punctuation after the word
	start int    // byte offset of raw in the sentence
}

// tokenize splits a sentence at spaces, keeping offsets.
func tokenize(s string) []tok {
	return tokenizeInto(make([]tok, 0, len(s)/6+1), s)
}

// scratchTokens is tokenize into *buf, which is kept for the next call:
// for readers whose tokens do not outlive the call (the strings in them
// do), so a sentence they read costs no new token slice. Each reader has
// its own buffer, so one reader's tokens are not overwritten by another's
// it calls. The tokens are tokenize's: appends grow the buffer as
// tokenize's room would.
func scratchTokens(buf *[]tok, s string) []tok {
	if n := len(s)/6 + 1; cap(*buf) < n {
		*buf = make([]tok, 0, n) // tokenize's room: a buffer grown by appends from nil costs more than the copies it saves
	}
	toks := tokenizeInto((*buf)[:0], s)
	*buf = toks
	return toks
}

// readerToks holds the token buffers of the readers that tokenize a text
// other than the sentence's look (paraOpenerSubject's head, nounLedSpeech's
// sentence, apposSpeaker's words after a quotation, descriptionRoles's
// sentences before): each was a new token slice per call, 7% of the bytes
// a parse allocated. One buffer a reader, so a reader's tokens are not
// overwritten by another's it calls.
type readerToks struct {
	opener, nounLed, appos, descPrev []tok
}

// clear drops the words of a document from the buffers, so a pooled
// readerToks keeps no text alive.
func (r *readerToks) clear() {
	for _, b := range []*[]tok{&r.opener, &r.nounLed, &r.appos, &r.descPrev} {
		clear((*b)[:cap(*b)])
		*b = (*b)[:0]
	}
}

// readerToksPool keeps readerToks from one document to the next, as
// tokPool keeps the sentence's buffers.
var readerToksPool = sync.Pool{New: func() any { return new(readerToks) }}

// scratchToks is the extractor's readerToks; an extractor made outside
// extractStatementsWith (tests, probes) gets its own on first use.
func (x *extractor) scratchToks() *readerToks {
	if x.scratch == nil {
		x.scratch = new(readerToks)
	}
	return x.scratch
}

// tokenizeInto is tokenize appending to toks.
func tokenizeInto(toks []tok, s string) []tok {
	lowered := lowerASCIIWide(s) // one copy per sentence, sliced per word; it escapes in toks, so the byte loop lowerASCII keeps for the stack saves nothing here
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		raw := s[i:j]
		word, trail := trimWord(raw)
		off := i + len(raw) - len(word) - len(trail) // where word starts in s
		toks = append(toks, tok{raw: raw, word: word, low: lowered[off : off+len(word)], trail: trail, start: i})
		i = j
	}
	return toks
}

// firstToken returns the first token tokenize would cut from s (its
// start counted from that word), without tokenizing the rest; false when
// s holds only spaces.
func firstToken(s string) (tok, bool) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' {
		j++
	}
	if i == j {
		return tok{}, false
	}
	var one [1]tok
	return tokenizeInto(one[:0], s[i:j])[0], true
}

// wordsHead returns s up to the end of its n-th token as tokenize cuts
// them (at spaces), and whether that leaves anything of s out: tokenizing
// the head gives the first n tokens of s, the same as tokenizing s would.
func wordsHead(s string, n int) (string, bool) {
	head, cut := s, false
	spaceWords(s, func(i, j int) bool {
		if n--; n == 0 {
			head, cut = s[:j], j < len(s)
			return true
		}
		return false
	})
	return head, cut
}

// anyWord reports whether f holds for the word (tok.word) of any token
// tokenize would cut from s, in order, without building the tokens: a
// rule that only asks whether some word is in a list need not allocate a
// token slice for every paragraph it passes over.
func anyWord(s string, f func(word string) bool) bool {
	return spaceWords(s, func(i, j int) bool {
		word, _ := trimWord(s[i:j])
		return f(word)
	})
}

// spaceWords calls f with the bounds of each run of non-space bytes of s
// (the pieces tokenize cuts at ' '), in order, until f returns true; it
// reports whether f did. wordsHead and anyWord share this walk so that
// both cut words exactly as tokenize does.
func spaceWords(s string, f func(i, j int) bool) bool {
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if f(i, j) {
			return true
		}
		i = j
	}
	return false
}

// appendLowerASCII appends s to b with A-Z lower-cased and every other
// byte kept: tok.low's lower case, built in a caller's buffer.
func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		b = append(b, foldTable[s[i]])
	}
	return b
}

// trimWord strips quotes and punctuation around a word, returning the word
// and the punctuation that followed it (",", ":", "." ...). A final period
// stays on abbreviations with inner periods ("U.S.").
func trimWord(raw string) (string, string) {
	w := raw
	if c := raw[0]; c < 'A' || c > 'z' {
		for w != "" {
			r, n := utf8.DecodeRuneInString(w)
			if r != '“' && r != '"' && r != '‘' && r != '\'' && r != '(' && r != '«' && r != '[' {
				break
			}
			w = w[n:]
		}
	}
	end := len(w)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(w[:end])
		if isTrailPunct(r) {
			if r == '’' || r == '\'' {
				// possessive "Trump’s" keeps its apostrophe+s; a closing
				// single quote is punctuation
				if end-n >= 1 && w[end-n-1] == 's' {
					break
				}
			}
			if r == '.' && strings.Count(w[:end], ".") > 1 {
				break
			}
			end -= n
			continue
		}
		break
	}
	return w[:end], w[end:]
}

// isTrailPunct reports whether r is punctuation trimWord takes off a word's
// end.
func isTrailPunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', '”', '"', '’', '\'', ')', '»', ']',
		'،', '؛', '؟': // the Arabic comma, semicolon and question mark
		return true
	}
	return false
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load8(s, i)&swarHigh != 0 {
			return false // (eight bytes a step, swar.go)
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	has := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

// regnalNumeral reports whether w is a roman numeral of two letters or
// more written in capitals, as a pope's or a monarch's number follows the
// name ("Leo XIV", "Charles III"): it is no shouted word of a transcript
// and stays in capitals. Only I, V and X are read (up to XXXIX), so words
// such as "CIVIL" or "MIX" are not taken for numbers.
func regnalNumeral(w string) bool {
	return len(w) >= 2 && regnalPattern.MatchString(w)
}

// regnalPattern is a well-formed roman numeral from II to XXXIX.
var regnalPattern = regexp.MustCompile(`^X{0,3}(IX|IV|V?I{0,3})$`)

func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + lowerString(w[n:])
}
