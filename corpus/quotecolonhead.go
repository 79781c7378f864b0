package corpus

import (
	"strings"
	"unicode/utf8"
)

// A headline that opens with what someone said, then a colon and who
// said it: "'We will not give up land': Zelensky rejects pressure",
// "“A very good day”: Hana Kovac on the Geneva talks". British and wire
// headlines quote with single marks, and the words after the name are the
// desk's summary, often with a verb the rules take for speech ("rejects",
// "hails"), so the sentence gave the summary as the statement, or nothing
// when the person is not in the lexicon. The quotation is the person's.

// quoteColonMinWords is the fewest words a headline quotation needs: a
// shorter one is more often a term held at a distance ('Peace': a word).
const quoteColonMinWords = 3

// quoteColonMaxRest is the most words the desk's summary after the name
// may hold for the line to read as a headline.
const quoteColonMaxRest = 10

// quoteColonHead reads s as a quotation, a colon and its speaker, and
// emits the quotation when it is one; it reports whether it did.
func (x *extractor) quoteColonHead(s string, pos int) bool {
	sp, quote, ok := x.quoteColonSpeaker(s)
	if ok {
		x.emit(sp, quote, true, pos)
	}
	return ok
}

// quoteColonSpeaker is quoteColonHead's reading without the statement:
// the speaker and the quotation when s is a quotation, a colon and a
// person's name with at most a short summary after it.
func (x *extractor) quoteColonSpeaker(s string) (*speaker, string, bool) {
	open, n := utf8.DecodeRuneInString(s)
	closer, ok := headQuoteClosers[open]
	if !ok {
		return nil, "", false
	}
	end := strings.Index(s[n:], closer+":")
	gap := 1
	if end < 0 {
		end = strings.Index(s[n:], closer+" :") // French spacing
		gap = 2
	}
	if end < 0 {
		return nil, "", false
	}
	quote := trimQuote(s[n : n+end])
	if len(strings.Fields(quote)) < quoteColonMinWords || containsAny(quote, "\"“”«»„") {
		return nil, "", false
	}
	toks := readAs(tokenize(s[n+end+len(closer)+gap:]), x.src.Lang)
	j := capitalRunAt(toks, 0)
	if j == 0 || len(toks)-j > quoteColonMaxRest {
		return nil, "", false // no name after the colon, or a sentence too long for a headline
	}
	t := x.titleRun(toks[:j])
	run := toks[t:j]
	if len(run) == 0 || len(run) > 3 || !x.personRun(run) {
		return nil, "", false
	}
	sp := x.person(tokWords(run), cleanRole(strings.Join(tokWords(toks[:t]), " ")))
	if sp == nil || sp.kind != kindPerson {
		return nil, "", false
	}
	return sp, quote, true
}

// headQuoteClosers maps the marks a headline quotation opens with to the
// mark that closes it: single marks as British and wire headlines use
// them, and the double marks of every language.
var headQuoteClosers = map[rune]string{
	'\'': "'", '‘': "’", '"': "\"", '“': "”", '„': "“", '«': "»", '‹': "›", '‚': "‘",
}
