// Speaking of: "Rubio ha parlato di «enormi progressi»", "Macron sprach
// von einem „Moment der Wahrheit“", "Dmitriev spoke of “constructive”
// meetings". The verb names no content of its own, but a quotation
// right after its preposition is the speaker's words.

package corpus

// speakOfWords is data/morphology.json's speakOf.
var speakOfWords = func() struct {
	verbs, preps map[string]bool
} {
	var md struct {
		SpeakOf struct {
			Verbs        []string `json:"verbs"`
			Prepositions []string `json:"prepositions"`
		} `json:"speakOf"`
	}
	mustUnmarshalMorphology(&md)
	verbs := append(md.SpeakOf.Verbs, interviewIntroData.SpeakOfVerbs...) // present forms (interviewintro.json)
	preps := append(md.SpeakOf.Prepositions, interviewIntroData.SpeakOfPrepositions...)
	return struct{ verbs, preps map[string]bool }{set(verbs), set(preps)}
}()

// spokeOf emits what a sentence's subject spoke of when a quotation opens
// within three words of a preposition after the verb (an aside may stand
// between them: "sprach am Rande des Treffens von"); the rest of the
// sentence goes with it ("…, pur ammettendo che restava lavoro da fare").
// It reports whether it emitted.
func (x *extractor) spokeOf(s string, toks []tok, pos int) bool {
	for vi := 1; vi+2 < len(toks); vi++ {
		if !speakOfVerb(lowerWord(toks[vi])) || toks[vi].trail != "" {
			continue
		}
		for p := vi + 1; p < len(toks)-1 && p <= vi+maxGap+1; p++ {
			if speakOfWords.preps[lowerWord(toks[p])] && quoteWithin(toks[p+1:min(p+4, len(toks))]) {
				sp, _ := x.subjectSpan(s, toks, vi)
				if sp == nil || sp.kind != kindPerson && !unnamedSpeaks(sp) {
					return false
				}
				// from the verb, as the plain reading: "spoke of
				// “remarkable” progress" says the speaker's words are
				// only the quoted adjective, and a reader quotes the verb
				x.emit(sp, trimSentenceEnd(s[toks[x.withAuxiliary(toks, vi)].start:]), false, pos)
				return true
			}
			if !x.gapWord(toks[p]) {
				break // "ha parlato a lungo": how, not what was said
			}
		}
		if x.spokeOfPlain(s, toks, vi, pos) {
			return true // "ha parlato di progressi molto buoni" (speakof_plain.go)
		}
	}
	return false
}

// quoteWithin reports whether a quotation opens in ts.
func quoteWithin(ts []tok) bool {
	for _, t := range ts {
		if containsAny(t.raw, "“\"«„‹") {
			return true
		}
	}
	return false
}

// spokeOfNoCue is spokeOf for a sentence with no speech cue, which is not
// tokenized otherwise: only one holding a quotation mark is.
func (x *extractor) spokeOfNoCue(s string, pos int) bool {
	if !containsAny(s, "“\"«„‹") && !hasSpeakOfVerb(s) {
		return false
	}
	x.toks = x.tokensOf(s)
	return x.spokeOf(s, x.toks, pos) || x.spokeOfFinal(s, x.toks, pos)
}
