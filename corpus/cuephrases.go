package corpus

import "sync"

// cuePhrases finds which of a fixed list of lower-case phrases stand in a
// text as whole phrases, by cuePhraseAt's test, in one pass over the
// text's word starts. judgement and headCue ran a cuePhraseAt per phrase
// (over a hundred judgement phrases, nearly two hundred version cues), so
// every sentence of every provision was read once for each of them.
//
// The phrases are indexed by their first two bytes (pairIndex, lookset.go):
// at each word start only the phrases opening with its two bytes are
// compared. Phrases of fewer than two bytes go through cuePhraseAt.
type cuePhrases struct {
	phrases []string
	pairIndex
}

func newCuePhrases(phrases []string) *cuePhrases {
	return &cuePhrases{phrases: phrases, pairIndex: newPairIndex(phrases)}
}

// wholeAt reports whether phrase w stands at i of low as cuePhraseAt
// accepts it: a word start before it, and a word end after it when w ends
// on a letter. The caller has checked that low holds w at i.
func wholeAt(low, w string, i int) bool {
	end := i + len(w)
	return (i == 0 || !isWordByte(low[i-1])) && (end >= len(low) || !isWordByte(w[len(w)-1]) || !isWordByte(low[end]))
}

// first returns the earliest index of low at which one of the phrases
// accepted by ok stands as a whole phrase, and the lowest index in the
// list of those standing there: the phrase a loop over the list calling
// cuePhraseAt and keeping the strictly earliest hit would choose. It
// returns -1, -1 when none stands. ok may be nil to accept every phrase;
// it is given the phrase's index and where it stands.
func (c *cuePhrases) first(low string, ok func(j, i int) bool) (int, int) {
	at, which := -1, -1
	for _, j := range c.short {
		if i := cuePhraseAt(low, c.phrases[j]); i >= 0 && (ok == nil || ok(j, i)) {
			if at < 0 || i < at || i == at && j < which {
				at, which = i, j
			}
		}
	}
	for i := 0; i+1 < len(low); i++ {
		if at >= 0 && i > at {
			break
		}
		if i > 0 && isWordByte(low[i-1]) {
			continue
		}
		for _, j := range c.at(low, i) {
			w := c.phrases[j]
			if len(low)-i >= len(w) && low[i:i+len(w)] == w && wholeAt(low, w, i) && (ok == nil || ok(j, i)) {
				if at < 0 || i < at || j < which {
					at, which = i, j
				}
				break // the entries are in the list's order: the first is the lowest
			}
		}
	}
	return at, which
}

// any reports whether one of the phrases stands in low as a whole phrase.
func (c *cuePhrases) any(low string) bool {
	for _, j := range c.short {
		if cuePhraseAt(low, c.phrases[j]) >= 0 {
			return true
		}
	}
	for i := 0; i+1 < len(low); i++ {
		if i > 0 && isWordByte(low[i-1]) {
			continue
		}
		for _, j := range c.at(low, i) {
			w := c.phrases[j]
			if len(low)-i >= len(w) && low[i:i+len(w)] == w && wholeAt(low, w, i) {
				return true
			}
		}
	}
	return false
}

// judgementPhrases are versioncues.json's and textjudgements.json's
// judgements, for judgement.
var judgementPhrases = sync.OnceValue(func() *cuePhrases {
	var ws []string
	ws = append(ws, versionCueData().Judgements...)
	ws = append(ws, textJudgements()...)
	return newCuePhrases(ws)
})

// headCuePhrases are versioncues.json's cue words in the file's order,
// with the cue each belongs to, for headCue.
var headCuePhrases = sync.OnceValue(func() struct {
	set *cuePhrases
	cue []int
} {
	f := versionCueData()
	var ws []string
	var cue []int
	for k, c := range f.Cues {
		for _, w := range c.Words {
			ws = append(ws, w)
			cue = append(cue, k)
		}
	}
	return struct {
		set *cuePhrases
		cue []int
	}{newCuePhrases(ws), cue}
})
