package corpus

import "strings"

// phraseTail reads a sentence closed by an inverted speech verb of
// several words, its subject between the verb and its particle: "Moskou
// wil eerst de nieuwe tekst zien, voegde hij eraan toe.", "…, merkte
// Peskov op.", "…, gab sie zu." Languages with separable verbs put the
// subject inside the phrase when the attribution follows what was said,
// so the phrase (verbs.json's phraseVerbs) is read with one or two words
// between its first word and the rest; those words, a pronoun or a name,
// are the speaker, and the words before the comma are what they said.
func (x *extractor) phraseTail(s string, pos int) bool {
	c := strings.LastIndex(s, ", ")
	if c <= 0 {
		return false
	}
	tailText := strings.TrimRight(s[c+2:], ".!? ")
	if n := fieldCountMax(tailText, 5); n < 3 || n > 5 {
		return false // (most sentences: counted before the tail is split)
	}
	tail := strings.Fields(tailText)
	phrases := lowerIn(phraseVerbsData().byFirst, tail[0])
	if len(phrases) == 0 {
		return false
	}
	for n := 1; n <= 2 && 1+n < len(tail); n++ {
		rest := tail[1+n:]
		for _, words := range phrases {
			if !sameLowerWords(words[1:], rest) {
				continue
			}
			subj := tokenize(strings.Join(tail[1:1+n], " "))
			if n == 2 && !isCapital(tail[1]) {
				continue
			}
			sp := x.classify(subj, false)
			if sp == nil || sp.kind != kindPerson {
				return false
			}
			x.emit(sp, trimSentenceEnd(s[:c]), false, pos)
			return true
		}
	}
	return false
}

// sameLowerWords reports whether ws, lower-cased, are the words of want.
func sameLowerWords(want, ws []string) bool {
	if len(want) != len(ws) || len(want) == 0 {
		return false
	}
	for i := range want {
		if lowerString(ws[i]) != want[i] {
			return false
		}
	}
	return true
}
