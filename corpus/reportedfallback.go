package corpus

// reportedFallback runs the readers of reported speech without quotation
// marks that look at a sentence only when no rule before them gave a
// statement: speech verbs of several words (phraseverbs.go), words cited
// through someone who cites them (citedspeech.go) and view phrases
// wherever they stand (viewanywhere.go). Deferred by sentence
// before the reporting-clause reader (reportclause.go), which runs last;
// before is the count of statements when the sentence began.
func (x *extractor) reportedFallback(s string, pos, before int) {
	if x.gapRetry || len(x.out) > before || reportQuestion(s) {
		return
	}
	if x.phraseVerb(s, pos) || x.citedSpeech(s, pos) {
		return
	}
	x.viewAnywhere(s, pos)
}
