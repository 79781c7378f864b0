package corpus

import (
	"strings"
	"sync"
)

// questionsAfterGap reports whether short reported text is only the
// questions a reply verb took, after a phrase of time or manner: "ont
// répondu pendant près d'une heure aux questions de la presse", "answered
// for an hour to questions from reporters". answersQuestions reads the
// questions opening the text; a press conference's write-up puts how long
// first. The object must come within the first six words of a text of
// at most fifteen.
func (x *extractor) questionsAfterGap(text string) bool {
	if fieldCountMax(text, 15) > 15 {
		return false // (counted before it is lower-cased and split: lower case splits where text does)
	}
	words := strings.Fields(lowerString(text))
	// the words joined once: each rest below is a tail of it, where a
	// Join per word made a string each
	joined := strings.Join(words, " ")
	if x.lx == lexiconData() && !questionSet().in(joined) {
		return false // (most texts: none of the questions anywhere)
	}
	at := 0
	for i := 1; i <= 6 && i < len(words); i++ {
		at += len(words[i-1]) + 1
		rest := joined[at:]
		for _, q := range x.lx.questions {
			if strings.HasPrefix(rest, q) {
				return true
			}
		}
	}
	return false
}

// questionSet is the lexicon's questions as a lookSet: a rest of the
// words can open with one only where the words hold it.
var questionSet = sync.OnceValue(func() *lookSet { return newLookSet(lexiconData().questions) })
