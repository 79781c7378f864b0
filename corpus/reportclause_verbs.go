// The verb classes reportClause asks of every word of a sentence, in one
// look-up (reportclause.go).
//
// reportClause read each word against up to five maps: the speech verbs
// (and again through the language's readAs words), the characterising
// verbs, the participles and the action verbs. For the built-in lexicon
// those answers are folded here, per language, into one map from word to
// a set of class bits; a test's own lexicon is still read map by map.

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
	m    map[string]uint8 // nil: ask the lexicon's maps
	lx   *lexicon
	lang string
}

// reportVerbTables holds the folded maps of the built-in lexicon by
// language.
var reportVerbTables sync.Map

// reportVerbsFor returns the verb classes of lx in lang.
func reportVerbsFor(lx *lexicon, lang string) reportVerbs {
	rv := reportVerbs{lx: lx, lang: lang}
	if lx != lexiconData() || lx.sayVerbs[""] {
		return rv // ("" a speech verb: every word readAs leaves alone would be one)
	}
	if m, ok := reportVerbTables.Load(lang); ok {
		rv.m = m.(map[string]uint8)
		return rv
	}
	m := map[string]uint8{}
	for w, ok := range lx.sayVerbs {
		if ok {
			m[w] |= rvSay
		}
	}
	for w, to := range readAsWords[lang] {
		if lx.sayVerbs[to] {
			m[w] |= rvSay
		}
	}
	for w, ok := range lx.report.characterise {
		if ok {
			m[w] |= rvChar
		}
	}
	for w, ok := range lx.participles {
		if ok {
			m[w] |= rvPart
		}
	}
	for w, ok := range lx.actVerbs {
		if ok {
			m[w] |= rvAct
		}
	}
	got, _ := reportVerbTables.LoadOrStore(lang, m)
	rv.m = got.(map[string]uint8)
	return rv
}

// classOf returns the classes of the lower-case word l.
func (rv reportVerbs) classOf(l string) uint8 {
	if rv.m != nil {
		return rv.m[l]
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
