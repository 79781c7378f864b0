// reportClause's token buffer (reportclause.go).
//
// reportClause runs, deferred, after every sentence that gave no
// statement, and tokenized it afresh each time: its token slices were the
// largest single share of extraction's garbage. The extractor keeps one
// buffer for it. A reportClause reached from inside another (a rule that
// reads a part of the sentence as a sentence of its own) finds the buffer
// taken and tokenizes into a fresh slice, as before; the tokens are kept
// nowhere past reportClause (the extractor's only token fields are its own
// buffers), so the buffer is free again when it returns.

package corpus

// reportTokens returns tokenize(s), in the extractor's report buffer when
// that is free; releaseReportTokens gives it back.
func (x *extractor) reportTokens(s string) []tok {
	buf := x.reportBuf
	x.reportBuf = nil
	if buf == nil {
		return tokenize(s)
	}
	return tokenizeInto(buf[:0], s)
}

// releaseReportTokens keeps toks' array as the report buffer, the larger
// of it and one a nested reportClause gave back.
func (x *extractor) releaseReportTokens(toks []tok) {
	if cap(toks) > cap(x.reportBuf) {
		x.reportBuf = toks[:0]
	}
}
