package corpus

// leadAdverbCut returns how many words of a subject phrase are a sentence
// adverb of the lexicon standing before a capitalised name ("Afterwards
// Trump called …", "Окремо Гнатюк нагадала …", "Später Merz sagte …",
// "Por separado Costa dijo"): the adverb says when or how, the name after
// it is who. Without the cut the adverb is read as a given name and the
// speaker becomes "Afterwards Trump". 0 when the phrase does not open so.
// Only a capitalised adverb (the sentence's first word) is cut, and only
// before a name the document or the lexicon already knows: "Jen Psaki"
// or "Nur Ahmed" open with a word that is an adverb elsewhere, and a
// lower-case word after the adverb is a title ("Later the minister
// said"), which the phrase's own reading handles.
func (x *extractor) leadAdverbCut(phrase []tok) int {
	if len(phrase) < 2 || !isCapital(phrase[0].word) {
		return 0
	}
	for n := 1; n <= 3 && n < len(phrase); n++ {
		if phrase[n-1].trail != "" && phrase[n-1].trail != "," {
			return 0
		}
		words := make([]string, n)
		for i := range words {
			words[i] = lowerWord(phrase[i])
		}
		if !x.lx.adverbs[joinSpace(words)] || x.lx.auxiliaries[words[0]] {
			continue
		}
		if isCapital(phrase[n].word) && x.knownName(joinWords(phrase[n:])) {
			return n
		}
		return 0
	}
	return 0
}

// joinSpace joins words with single spaces.
func joinSpace(words []string) string {
	n := 0
	for _, w := range words {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}
