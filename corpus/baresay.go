// The plain form "say" as a speech verb. News writes "Ukrainian officials
// say …", "officials on both sides say …" for what a group of people is
// saying now; the same form is an infinitive ("declined to say who …"), a
// first or second person ("I would say", "we say"), a figure of speech
// ("needless to say") or a noun ("a say in it", "Ukraine's say"), none of
// them a report of what someone said.

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// bareSayBefore holds verbs.json's bareSayBefore: the words that, right
// before "say", keep it from reporting speech.
var bareSayBefore = sync.OnceValue(func() map[string]bool {
	var v struct {
		Before []string `json:"bareSayBefore"`
	}
	mustDecode("data/verbs.json", &v)
	return set(v.Before)
})

// sayBlockedBy reports whether prev, the lower-cased word right before
// "say", makes it no report: one of bareSayBefore, or a possessive
// ("Ukraine's say in it"), which makes it a noun.
func sayBlockedBy(prev string) bool {
	return bareSayBefore()[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s")
}

// bareSayBlocked reports whether the speech verb at vi is "say" read as an
// infinitive, a first or second person, a set phrase or a noun because of
// the word before it, or opens the sentence ("Say the talks fail …"): the
// sentence reports no speech through it. A comma before it is no block
// ("The plan is dead, say diplomats."). Nor is a sentence s with no
// closing punctuation read through it: "European leaders say US draft is
// 'a basis'" is the headline of the report below, which gives the words
// with their speaker.
func bareSayBlocked(s string, toks []tok, vi int) bool {
	if toks[vi].low != "say" {
		return false
	}
	if vi == 0 || !endsClause(s) {
		return true
	}
	return toks[vi-1].trail == "" && sayBlockedBy(lowerWord(toks[vi-1]))
}

// sayVerbAt reports whether toks[k] is a speech verb that reports what
// was said: a sayVerb, and not a "say" that bareSayBlocked reads as no
// report. The description rules (possessiveSource, unnamedSource) find
// their verb by it.
func (x *extractor) sayVerbAt(s string, toks []tok, k int) bool {
	return x.lx.sayVerbs[toks[k].low] && !bareSayBlocked(s, toks, k)
}

// bareSayAt is bareSayBlocked for the cheap scan of a sentence's words
// (scanSpeechCue), which has no tokens: w = s[start:start+len(w)] is the
// word found. "We will say so in every meeting." holds no speech cue.
func bareSayAt(s string, start int, w string) bool {
	if len(w) != 3 || lowerString(w) != "say" {
		return false // (nearly every cue)
	}
	end := start
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	if end == 0 {
		return true // "Say the talks fail, …"
	}
	from := end
	for from > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:from])
		if r != '\'' && r != '’' && !unicode.IsLetter(r) {
			break
		}
		from -= size
	}
	if from == end {
		return false // "…, say diplomats": punctuation before it
	}
	return sayBlockedBy(lowerString(s[from:end]))
}
