package corpus

// sentenceBefore is the sentence before the one being read, its paragraph
// and its number. The readers deferred to the end of a sentence
// (reportClause: "Le ton a changé, a-t-il dit."; the second reading
// without asides: "Le texte, dit-il, reste fragile.") run after
// prevSentence was set to the sentence itself; they get the one before it,
// which unnamedSubjectBefore needs to find the unnamed source that sentence
// opened with ("Un diplomate européen s'est montré plus réservé.").
func (x *extractor) sentenceBefore() (string, int, int) {
	if x.prevSentenceNo == x.sentenceNo && x.sentenceNo > 0 {
		return x.olderSentence, x.olderPara, x.olderNo
	}
	return x.prevSentence, x.prevSentencePara, x.prevSentenceNo
}
