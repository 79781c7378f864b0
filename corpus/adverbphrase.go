package corpus

import (
	"strings"
	"sync"
)

// adverbPhraseStart returns the index of the first word of a phrase of the
// adverbs list (speakers.json) written in several words that ends at
// toks[j] ("quant à lui", "dal canto suo", "por su parte", "for his part"),
// or -1. Such phrases stand between the subject and its verb and often end
// in a pronoun, which read alone is taken for the subject and sent to
// whoever the text named last ("Le porte-parole du Kremlin, Dmitri
// Peskov, a quant à lui indiqué …" is Peskov's, not the previous
// speaker's).
func (x *extractor) adverbPhraseStart(toks []tok, j int) int {
	if j < 1 || toks[j].trail != "" || !adverbPhraseEnds()[lowerWord(toks[j])] {
		return -1 // (most words end no phrase: no string is built for them)
	}
	for n := 2; n <= 4 && j-n+1 >= 0; n++ {
		var b strings.Builder
		ok := true
		for k := j - n + 1; k <= j; k++ {
			if k < j && toks[k].trail != "" {
				ok = false
				break
			}
			if k > j-n+1 {
				b.WriteByte(' ')
			}
			b.WriteString(lowerWord(toks[k]))
		}
		if ok && x.lx.adverbs[b.String()] {
			return j - n + 1
		}
	}
	return -1
}

// adverbPhraseEnds are the last words of the adverbs list's phrases of
// several words ("lui" of "quant à lui"), worked out once.
var adverbPhraseEnds = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for a := range lexiconData().adverbs {
		if i := strings.LastIndexByte(a, ' '); i > 0 {
			out[a[i+1:]] = true
		}
	}
	return out
})
