// The plain form "say" as a speech verb. News writes "Ukrainian officials
// say …", "officials on both sides say …" for what a group of people is
// saying now; the same form is an infinitive ("declined to say who …"), a
// first or second person ("I would say", "we say") or a figure of speech
// ("needless to say"), none of them a report of what someone said.

package corpus

import "sync"

// bareSayBefore holds verbs.json's bareSayBefore: the words that, right
// before "say", keep it from reporting speech.
var bareSayBefore = sync.OnceValue(func() map[string]bool {
	var v struct {
		Before []string `json:"bareSayBefore"`
	}
	mustDecode("data/verbs.json", &v)
	return set(v.Before)
})

// bareSayBlocked reports whether the speech verb at vi is "say" read as an
// infinitive, a first or second person or a set phrase because of the word
// before it, or opens the sentence ("Say the talks fail …"): the sentence
// reports no speech through it. A comma before it is no block ("The plan is
// dead, say diplomats."). Nor is a sentence s with no closing punctuation
// read through it: "European leaders say US draft is 'a basis'" is the
// headline of the report below, which gives the words with their speaker.
func bareSayBlocked(s string, toks []tok, vi int) bool {
	if toks[vi].low != "say" {
		return false
	}
	if vi == 0 || !endsClause(s) {
		return true
	}
	return bareSayBefore()[lowerWord(toks[vi-1])]
}
