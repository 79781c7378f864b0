// The pointer back after the verb: Czech, Slovak, Polish and Croatian
// write "Uvedla to Jana Dvořáková.", "Poinformował o tym rzecznik.",
// "Rekao je to Ivan Kovačić." where Russian writes "Об этом сообщил X.":
// the verb first, then the word pointing back (morphology.json's
// thisRefsAfter), then the speaker. The sentence before is what was said.

package corpus

// thisAfterVerb handles a sentence that opens with a speech verb (and the
// auxiliary after it) followed by a back-pointing word and the speaker.
func (x *extractor) thisAfterVerb(toks []tok, pos int) bool {
	if len(toks) < 3 || !x.lx.sayVerbs[lowerWord(toks[0])] || toks[0].trail != "" {
		return false
	}
	k := 1
	if x.lx.auxiliaries[toks[k].low] && toks[k].trail == "" {
		k++ // "Rekao je to …"
	}
	switch {
	case k+1 < len(toks) && x.lx.thisAfter[lowerWord(toks[k])+" "+lowerWord(toks[k+1])] && toks[k].trail == "":
		k += 2
	case k < len(toks) && x.lx.thisAfter[lowerWord(toks[k])]:
		k++
	default:
		return false
	}
	if k >= len(toks) || toks[k-1].trail != "" {
		return false
	}
	sp := x.unnamedPhrase(toks[k:])
	if sp == nil {
		sp = x.subjectAfter(toks, k)
	}
	if sp == nil {
		return false
	}
	return x.emitPrevious(sp, pos)
}
