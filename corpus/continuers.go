package corpus

// After a closing quotation mark, "Hnatiuk went on.", "she continued",
// "he carried on" attribute the quotation as "said" does: there they can
// only mean speaking, while in a sentence of their own ("the talks
// continued", "the war went on") they are no speech.

// quoteContinuers rewrites, in the tokens of an attribution after a
// quotation, a verb of going on ("continued", "went on") into "said", so
// the attribution reads as any other. A two-word verb becomes one token.
func quoteContinuers(toks []tok) []tok {
	for i := 0; i < len(toks) && i < maxContinuerAt; i++ {
		l := lowerWord(toks[i])
		if continuers[l] {
			toks[i].low = "said"
			return toks
		}
		if i+1 < len(toks) && toks[i].trail == "" && continuers[l+" "+lowerWord(toks[i+1])] {
			toks[i].low = "said"
			toks[i].trail = toks[i+1].trail
			return append(toks[:i+1], toks[i+2:]...)
		}
		if containsAny(toks[i].trail, ".;:") {
			break
		}
	}
	return toks
}

// maxContinuerAt is how far into an attribution its verb may stand ("Serhiy
// Hnatiuk, the deputy head, went on").
const maxContinuerAt = 8

// continuers are the verbs of going on that attribute a quotation they
// follow.
var continuers = grammarSet("quoteContinuers")
