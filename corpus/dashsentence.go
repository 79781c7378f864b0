package corpus

// A dashed quotation of several sentences read whole (issue 12): "Dr X,
// politolog z …, studzi emocje. – Dziewiąty punkt jest najmniej
// kontrowersyjny. Kłopot jest gdzie indziej – mówi." The paragraph reader
// gives such a quotation to leadingDash in one piece, without passing it
// through sentence, so it was not counted as a sentence: the verb closing
// it then looked for its subject in the quotation's own sentence number,
// found that the sentence "before" was not the one that introduced X, and
// gave the words to whoever spoke in the paragraph before. A quotation of
// one sentence, read through sentence, was always counted; counting the
// long one too makes "– mówi", "– каже він", "– říká" refer to the person
// the sentence before opened with (subjectBefore1), in every language
// that prints speech with dashes.

// dashSentenceOff disables the count, for the test that shows it is what
// gives the long quotation its speaker.
var dashSentenceOff bool

// countDashQuote counts the dashed quotation about to be read as one
// sentence; it reports whether it did.
func (x *extractor) countDashQuote() bool {
	if dashSentenceOff {
		return false
	}
	x.sentenceNo++
	return true
}

// uncountDashQuote takes the count back when the quotation was not read
// whole: its sentences are then read, and counted, one by one.
func (x *extractor) uncountDashQuote(counted bool) {
	if counted {
		x.sentenceNo--
	}
}
