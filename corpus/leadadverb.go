package corpus

import "strings"

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

// nameAfterLeadWord returns a name without a capitalised first word that
// is a view preposition or an adverb of the lexicon, when the rest is a
// name the document or the lexicon already knows ("Pour Delambre",
// "Secondo Tajani", "Окремо Гнатюк" read by the mention scanner, which
// sees a capitalised word pair at the sentence's start): else nameWords.
// Without it "Pour Delambre" would be taken for a new full name and take
// over the short name "Delambre" from "Hugues Delambre".
func (x *extractor) nameAfterLeadWord(nameWords []string) []string {
	if len(nameWords) < 2 || len(nameWords) > 4 || !isCapital(nameWords[0]) {
		return nameWords
	}
	l := lowerString(nameWords[0])
	if !x.lx.viewPreps[l] && (!x.lx.adverbs[l] || x.lx.auxiliaries[l]) && !frontedAdjective(l) {
		return nameWords
	}
	rest := lowerString(strings.Join(nameWords[1:], " "))
	if _, ok := x.short[rest]; ok {
		return nameWords[1:]
	}
	if _, ok := x.lx.people[rest]; ok {
		return nameWords[1:]
	}
	return nameWords
}
