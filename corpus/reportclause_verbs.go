// The verb classes reportClause asks of every word of a sentence, in one
// look-up (reportclause.go).
//
// reportClause read each word against up to five maps: the speech verbs
// (and again through the language's readAs words), the characterising
// verbs, the participles and the action verbs. For the built-in lexicon
// those answers are folded here into one map from word to a set of class
// bits, and a small map per language of the readAs words that read as a
// speech verb; a test's own lexicon is still read map by map.

package corpus

import "sync"

// The classes of a word for reportClause.
const (
	rvSay  uint8 = 1 << iota // a speech verb, as written or as readAs reads it
	rvChar                   // a characterising verb (report.characterise)
	rvPart                   // a participle
	rvAct                    // an action verb
)

// reportVerbs answers classOf for one lexicon and language.
type reportVerbs struct {
	base  map[string]uint8 // the lexicon's classes; nil: ask its maps
	extra map[string]uint8 // the language's readAs words read as speech verbs, or nil
	// words holds the keys of base and of every language's extra: a word
	// it has not is in neither, with no map look-up (reportclause_filter.go)
	words *wideKeyFilter
	lx    *lexicon
	lang  string
}

// reportVerbBase is the built-in lexicon's classes, for every language.
var reportVerbBase = sync.OnceValue(func() map[string]uint8 {
	lx := lexiconData()
	m := map[string]uint8{}
	for _, c := range []struct {
		words map[string]bool
		bit   uint8
	}{{lx.sayVerbs, rvSay}, {lx.report.characterise, rvChar}, {lx.participles, rvPart}, {lx.actVerbs, rvAct}} {
		for w, ok := range c.words {
			if ok {
				m[w] |= c.bit
			}
		}
	}
	return m
})

// reportVerbExtra holds, by language, the words readAs reads as a speech
// verb ("afirmou" read as a known verb); a language with none has no entry.
var reportVerbExtra = sync.OnceValue(func() map[string]map[string]uint8 {
	lx := lexiconData()
	out := map[string]map[string]uint8{}
	for lang, words := range readAsWords {
		for w, to := range words {
			if lx.sayVerbs[to] {
				if out[lang] == nil {
					out[lang] = map[string]uint8{}
				}
				out[lang][w] = rvSay
			}
		}
	}
	return out
})

// reportVerbsFor returns the verb classes of lx in lang.
func reportVerbsFor(lx *lexicon, lang string) reportVerbs {
	rv := reportVerbs{lx: lx, lang: lang}
	if lx != lexiconData() || lx.sayVerbs[""] {
		return rv // ("" a speech verb: every word readAs leaves alone would be one)
	}
	rv.base, rv.extra, rv.words = reportVerbBase(), reportVerbExtra()[lang], reportVerbWords()
	return rv
}

// classOf returns the classes of the lower-case word l.
func (rv reportVerbs) classOf(l string) uint8 {
	if rv.base != nil {
		if !rv.words.has(wordKey(l)) {
			return 0 // most words of a sentence are no verb of any class
		}
		c := rv.base[l]
		if rv.extra != nil {
			c |= rv.extra[l]
		}
		return c
	}
	var c uint8
	if rv.lx.sayVerbs[l] || rv.lx.sayVerbs[readAsWords[rv.lang][l]] {
		c |= rvSay
	}
	if rv.lx.report.characterise[l] {
		c |= rvChar
	}
	if rv.lx.participles[l] {
		c |= rvPart
	}
	if rv.lx.actVerbs[l] {
		c |= rvAct
	}
	return c
}
