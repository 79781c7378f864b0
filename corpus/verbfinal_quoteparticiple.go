// A Turkish sentence may open on a quotation and a participle of saying
// before its subject: "«…» diyen Aktaş, Montrö Sözleşmesi'nin korunması
// gerektiğini vurguladı" ("Aktaş, who said «…», stressed that …"). The
// quotation is read on its own by the quotation readers; the verb-final
// reader reads the rest as a sentence of its own, from the subject on.

package corpus

import (
	"strings"
	"sync"
)

// quoteParticiples are the participles of saying that may follow an
// opening quotation (grammar.json verbFinalQuoteParticiples).
var quoteParticiples = sync.OnceValue(func() map[string]bool {
	return set(grammarWords["verbFinalQuoteParticiples"])
})

// afterQuoteParticiple returns the tokens after a quotation and a
// participle of saying opening the sentence, s, and the quotation's text,
// or toks whole and "" when it opens otherwise. The participle must
// follow the quotation's closing mark directly, and words must follow it.
func afterQuoteParticiple(s string, toks []tok) ([]tok, string) {
	if len(toks) < 4 || !containsAny(toks[0].raw[:1], "\"“«„") {
		return toks, ""
	}
	for i := 1; i+2 < len(toks); i++ {
		if !quoteParticiples()[lowerWord(toks[i])] {
			continue
		}
		if !containsAny(toks[i-1].trail, "\"”»“") {
			return toks, "" // the participle inside the quotation, or after a word of the sentence
		}
		quote := strings.Trim(s[toks[0].start:toks[i-1].start+len(toks[i-1].raw)], "\"“”«»„ ")
		return toks[i+1:], quote
	}
	return toks, ""
}
