package corpus

import (
	"strings"
	"sync"
	"unsafe"
)

// reportedFallback runs the readers of reported speech without quotation
// marks that look at a sentence only when no rule before them gave a
// statement: speech verbs of several words (phraseverbs.go), words cited
// through someone who cites them (citedspeech.go) and view phrases
// wherever they stand (viewanywhere.go). Deferred by sentence before the
// reporting-clause reader (reportclause.go), which runs last; before is
// the count of statements when the sentence began.
func (x *extractor) reportedFallback(s string, pos, before int) {
	if x.gapRetry || len(x.out) > before || reportQuestion(s) {
		return
	}
	if x.hasSpeechCue(s) && x.accordingInside(s, pos) { // (according words are speech cues: the memo answers most sentences)
		return // "Een oorlog kan volgens de bondskanselier niet …" (accordinginside.go)
	}
	if x.phraseTail(s, pos) {
		return // "…, voegde hij eraan toe." (phrasetail.go)
	}
	if x.verbFirstCandidate(s) && x.verbFirst(s, pos) {
		return // "Dijo ayer el ministro X que …" (verbfirst.go)
	}
	if x.hasSpeechCue(s) && x.nounLedSpeech(s, pos) {
		return // "after X's warning that …": a cue word no reader took (nounledspeech.go)
	}
	if x.hasSpeechCue(s) && x.genitiveSpeechIn(s, pos) {
		return // "навів слова Зеленського про те, що …" (genitivespeech.go)
	}
	if !x.fallbackCandidate(s) {
		return
	}
	if x.phraseVerb(s, pos) || x.citedSpeech(s, pos) {
		return
	}
	if !x.viewAnywhere(s, pos) {
		x.impersonal(s, pos) // "Aus dem Kanzleramt hieß es, …" (impersonal.go)
	}
}

// fallbackCandidate is the quick test before any of the readers tokenizes
// the sentence: it holds the opening of a phrase one of them reads, its
// first two words (or its one word). The words are read in place and
// lowered into buffers on the stack, so a sentence without such an
// opening costs no allocation.
func (x *extractor) fallbackCandidate(s string) bool {
	keys, lead := fallbackKeys(), fallbackLeads()
	var pair [128]byte
	prev := 0         // length of the previous word, lowered, at the start of pair
	prevLead := false // whether lead holds the previous word: only then can a pair open with it
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		if prev+1+len(w) > len(pair) {
			prev = 0
			continue
		}
		b := append(pair[:prev], ' ')
		b = appendLower(b, w)
		low := b[prev+1:]
		isLead := lead.has(wordKey(unsafe.String(unsafe.SliceData(low), len(low))))
		if isLead && keys[string(low)] || prev > 0 && prevLead && keys[string(b)] {
			return true
		}
		n := copy(pair[:], low)
		prev, prevLead = n, isLead
	}
	return false
}

// fallbackLeads is a filter over the first word of every fallback key (the
// key itself when it is one word): a word it does not hold is no key, and
// no key of two words opens with it, so most words of a sentence cost one
// bit test rather than two map looks.
var fallbackLeads = sync.OnceValue(func() *wideKeyFilter {
	f := new(wideKeyFilter)
	for k := range fallbackKeys() {
		first, _, _ := strings.Cut(k, " ")
		f.add(wordKey(first))
	}
	return f
})

// fallbackKeys are the openings of the phrases the fallback readers look
// for (phraseVerbs, citeVerbs, viewPhrases): the first two words of a
// phrase of several, the word of a phrase of one.
var fallbackKeys = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	add := func(words []string) {
		if len(words) == 1 {
			out[words[0]] = true
		} else if len(words) > 1 {
			out[words[0]+" "+words[1]] = true
		}
	}
	for _, ps := range phraseVerbsData().byFirst {
		for _, p := range ps {
			add(p)
		}
	}
	for first := range phraseVerbsData().gapped {
		out[first] = true // "liet Rutte weten dat": the first word alone opens a gapped phrase
	}
	for _, ps := range citeLexicon().verbs {
		for _, p := range ps {
			add(p)
		}
	}
	for p := range lexiconData().views {
		add(strings.Fields(p))
	}
	for _, p := range impersonalData().phrases {
		add(p)
	}
	return out
})
