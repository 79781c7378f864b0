package corpus

import (
	"sync"
)

// postVerbs are the verbs of publishing a post ("tweeted", "tuiteó",
// "publicó", "twitterte"), from grammar.json. They report speech only
// when a that-clause follows ("publicó en Truth Social que …"): "the
// ministry published a report" says nothing, so they are no speech cue.
var postVerbs = sync.OnceValue(func() map[string]bool { return set(grammarWords["postVerbs"]) })

// postedThat reads "X publicó en Truth Social que …", "X twitterte am
// Abend, dass …": a post verb after its subject, then within a few words
// (the network, a time) a that-word opening what was posted. It reports
// whether it emitted a statement.
func (x *extractor) postedThat(s string, pos int) bool {
	pv := postVerbs()
	toks := x.tokensOf(s)
	if x.lacks(s, cuePostVerb) {
		return false // no post verb: nothing below can match (sentencecues.go)
	}
	for vi := 1; vi < len(toks); vi++ {
		if !pv[toks[vi].low] {
			continue
		}
		k := vi + 1
		for k < len(toks) && k <= vi+8 && !x.lx.thatWords[toks[k].low] {
			if containsAny(toks[k].trail, ".;:!?") {
				return false
			}
			k++
		}
		if k+2 >= len(toks) || !x.lx.thatWords[toks[k].low] {
			return false
		}
		sp, _ := x.subjectSpan(s, toks, vi)
		if sp == nil || outletNamed(sp.name) != "" {
			return false // "El País publicó que …": where, not who
		}
		x.emit(sp, trimSentenceEnd(s[toks[k+1].start:]), false, pos)
		return true
	}
	return false
}
