package corpus

import "sync"

// speechCueWords holds, for the lexicon, every word isSpeechCue accepts in
// any language (the union of the sets it asks one by one), and per
// language the grammar words readAs turns into a say verb: one or two
// map looks per candidate word instead of up to eleven. Built once from
// lexiconData, which is not changed after it is loaded.
type speechCueWords struct {
	lx     *lexicon // nil when the sets cannot stand for the lexicon's
	any    map[string]bool
	byLang map[string]map[string]bool
	// filter holds the wordKey of every word of any and byLang: most words
	// of a sentence are no cue, and one bit test answers them before two
	// map looks (any, then the language's)
	filter *wideKeyFilter
}

var speechCues = sync.OnceValue(func() *speechCueWords {
	lx := lexiconData()
	c := &speechCueWords{lx: lx, any: map[string]bool{"according": true, "quoted": true, "continued": true}, byLang: map[string]map[string]bool{}}
	for _, set := range []map[string]bool{lx.sayVerbs, lx.actVerbs, lx.according, lx.viewCues, lx.participles, lx.asideVerbs, lx.introVerbs, lx.hearsayParts} {
		for w, ok := range set {
			if ok {
				c.any[w] = true
			}
		}
	}
	for lang, words := range readAsWords {
		m := map[string]bool{}
		for w, to := range words {
			if lx.sayVerbs[to] {
				m[w] = true
			}
		}
		c.byLang[lang] = m
	}
	if lx.sayVerbs[""] {
		c.lx = nil // a word missing from readAs would count as a say verb
	}
	c.filter = wideWordFilter(c.any)
	for _, m := range c.byLang {
		for w := range m {
			c.filter.add(wordKey(w))
		}
	}
	return c
})

// cueWord answers isSpeechCue's question for the lower-case word w in
// lang, and ok=false when the sets cannot answer it (another lexicon, or
// one where a word missing from readAs would count).
func (x *extractor) cueWord(w string) (cue, ok bool) {
	c := speechCues()
	if x.lx != c.lx {
		return false, false
	}
	if !c.filter.has(wordKey(w)) {
		return false, true // in none of the sets
	}
	return c.any[w] || c.byLang[x.src.Lang][w], true
}

// cueMemo is hasSpeechCue's last question and answer: a sentence is asked
// about when it is read and again when the gaps retry considers it.
type cueMemo struct {
	s        string
	cue, set bool
}

// hasSpeechCue is scanSpeechCue, remembering the last sentence asked about.
func (x *extractor) hasSpeechCue(s string) bool {
	if m := &x.cueMemo; m.set && m.s == s {
		return m.cue
	}
	cue := x.scanSpeechCue(s) || opensAccordingPhrase(s) // "De acordo com X, …" (accordingphrase.go)
	x.cueMemo = cueMemo{s: s, cue: cue, set: true}
	return cue
}

// speakOfFilter and hearsayFilter are Bloom filters over the speakOf
// verbs and the loaded lexicon's hearsay modals: spokeOf and hearsay ask
// about every token of a sentence, and almost none is one.
var (
	speakOfFilter = sync.OnceValue(func() *keyFilter { return wordFilter(speakOfWords.verbs) })
	hearsayFilter = sync.OnceValue(func() *keyFilter { return wordFilter(lexiconData().hearsayModals) })
)

// speakOfVerb is speakOfWords.verbs[l], asking the filter first.
func speakOfVerb(l string) bool {
	return speakOfFilter().has(wordKey(l)) && speakOfWords.verbs[l]
}

// hearsayModal is x.lx.hearsayModals[l], asking the filter first when
// the lexicon is the loaded one.
func (x *extractor) hearsayModal(l string) bool {
	if x.lx == lexiconData() && !hearsayFilter().has(wordKey(l)) {
		return false
	}
	return x.lx.hearsayModals[l]
}
