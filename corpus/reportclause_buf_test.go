package corpus

import (
	"slices"
	"testing"
)

// TestReportTokensReused checks that reportClause's tokens come from one
// buffer sentence after sentence, that a nested take while it is in use
// gets an array of its own, and that the tokens are tokenize's, in
// English, German and Ukrainian sentences.
func TestReportTokensReused(t *testing.T) {
	x := &extractor{lx: lexiconData()}
	ss := []string{
		"The spokeswoman later told reporters the meeting had been useful.",
		"Die Sprecherin sagte später, das Treffen sei nützlich gewesen.",
		"Речниця пізніше сказала журналістам, що зустріч була корисною.",
	}
	var first *tok
	for i, s := range ss {
		toks := x.reportTokens(s)
		if !slices.Equal(toks, tokenize(s)) {
			t.Errorf("%q: tokens differ from tokenize's", s)
		}
		if i == 0 {
			first = &toks[:1][0]
		} else if &toks[:1][0] != first {
			t.Errorf("%q: tokenized into a new array, not the report buffer", s)
		}
		inner := x.reportTokens(ss[0])
		if &inner[:1][0] == &toks[:1][0] {
			t.Errorf("%q: a nested take got the buffer in use", s)
		}
		x.releaseReportTokens(inner)
		x.releaseReportTokens(toks)
		if cap(x.reportBuf) < cap(toks) {
			t.Errorf("%q: the larger buffer was not kept", s)
		}
		first = &x.reportBuf[:1][0]
	}
}
