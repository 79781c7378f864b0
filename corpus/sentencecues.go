// Which word lists a sentence holds, read once (issue 12: extraction speed).
//
// Every rule of the statement chain reads the sentence for its own cue and
// most find none: reportClause, run after every sentence that gave no
// statement, tokenized the sentence afresh and asked every word for its verb
// classes, when two sentences in three hold no verb of any class it reads.
// The sentence's shared look (lookToks: one tokenization, read by biography,
// mentions, postAccording and the rest) is read once more against one table
// built from the lexicon's own word lists, giving a set of classes; a rule
// that declares the classes it needs (lacks) is skipped for a sentence that
// holds none of them. A rule that declares nothing is simply run, so a rule
// added later loses nothing by not knowing of this.

package corpus

import (
	"strings"
	"sync"
	"unsafe"
)

// cueSet is a set of the word lists a sentence's words belong to.
type cueSet uint32

// The classes; each is derived from the lexicon's data in cueTableData.
const (
	// cueReport: a verb reportClause reads (speech, characterising, action
	// verbs, participles, and the readAs words that read as speech verbs).
	cueReport cueSet = 1 << iota
	// cueHyphen: a word with a hyphen, as "analyse-t-elle" is; set from the
	// word itself, no list.
	cueHyphen
	// cuePostVerb: a verb of posting (postVerbs: "publicó", "twitterte").
	cuePostVerb
	// cuePostposition: a postposition of "according to" ("szerint",
	// "mukaan"), read by postAccording.
	cuePostposition
	// cueThat: a that-word of the lexicon ("that", "que", "dass", "что"),
	// read by linkedSpeech.
	cueThat
	// cueParticiple: a speech participle of the lexicon ("saying",
	// "aggiungendo"), read by participleList, which tokenized every
	// sentence with a comma afresh to look for one.
	cueParticiple
	// cueRelayAccording: a word relayedAccording's cues need (the
	// lexicon's according words, and the longest word of each
	// relayAccordingCues phrase), for an emitted clause it tokenized
	// afresh to look for one.
	cueRelayAccording
)

// cueTable maps a lower-case word to its classes; filter holds the
// keys, so a word of no list (most words) costs no map look-up.
type cueTable struct {
	classes map[string]cueSet
	filter  *wideKeyFilter
}

// cueTableData is the built-in lexicon's table.
var cueTableData = sync.OnceValue(func() *cueTable {
	t := &cueTable{classes: map[string]cueSet{}}
	add := func(c cueSet, words map[string]uint8) {
		for w := range words {
			t.classes[w] |= c
		}
	}
	add(cueReport, reportVerbBase())
	for _, m := range reportVerbExtra() {
		add(cueReport, m) // every language's: a superset only costs a rule run
	}
	for w := range postVerbs() {
		t.classes[w] |= cuePostVerb
	}
	for w := range postAccordingWords().postpositions {
		t.classes[w] |= cuePostposition
	}
	for w := range lexiconData().thatWords {
		t.classes[w] |= cueThat
	}
	for w := range lexiconData().participles {
		t.classes[w] |= cueParticiple
	}
	for w := range lexiconData().according {
		t.classes[w] |= cueRelayAccording
	}
	for _, p := range relayAccordingCues {
		t.classes[relayCueKeyWord(p)] |= cueRelayAccording
	}
	// The look reads the sentence with readAs's and agreePronouns's
	// rewrites, the rules of these two classes read it as written (or
	// without agreePronouns): a rewritten word gives the word it is read
	// as its classes, so the look still holds the class.
	const asWritten = cueParticiple | cueRelayAccording
	for _, words := range readAsWords {
		for w, to := range words {
			if c := t.classes[w] & asWritten; c != 0 {
				t.classes[to] |= c
			}
		}
	}
	for w := range numberedPronouns {
		if c := t.classes[w] & asWritten; c != 0 {
			t.classes["she"] |= c
		}
	}
	t.filter = wideWordFilter(t.classes)
	return t
})

// relayCueKeyWord is the word of a relayAccordingCues phrase a sentence
// must hold for the phrase to be in it: its longest, the one least often
// in a sentence ("according", "palabras").
func relayCueKeyWord(p []string) string {
	key := ""
	for _, w := range p {
		if len(w) > len(key) {
			key = w
		}
	}
	return lowerString(key)
}

// of returns the classes of the tokens: each word is asked as the rules
// ask it, by low and by lowerWord (which differs from low for a capital
// beyond ASCII).
func (t *cueTable) of(toks []tok) cueSet {
	var c cueSet
	for i := range toks {
		lo := toks[i].low
		if strings.IndexByte(lo, '-') >= 0 { // (lower-casing leaves a hyphen as it is)
			c |= cueHyphen
		}
		if t.filter.has(wordKey(lo)) {
			c |= t.classes[lo]
		}
		if lo == "" || lo[0] < 0x80 {
			continue // lowerWord is low itself
		}
		if l := lowerWord(toks[i]); unsafe.StringData(l) != unsafe.StringData(lo) && t.filter.has(wordKey(l)) {
			c |= t.classes[l] // (a copy only when low had a capital: compared by address, not byte by byte)
		}
	}
	return c
}

// lookCues is the classes of the sentence the look buffer holds, read
// when first asked (set false until then).
type lookCues struct {
	classes cueSet
	set     bool
}

// lacks reports whether the sentence s surely holds no word of the classes
// in need, so a rule that reads only such words can be skipped. It answers
// from the sentence's shared look only when that is at hand (lookToks last
// read s), and never for a test's own lexicon or with the gates off
// (TestGatesKeepOutput): false means "run the rule".
func (x *extractor) lacks(s string, need cueSet) bool {
	if gatesOff || x.look == nil || x.lookFor != s || x.lx != lexiconData() {
		return false
	}
	if !x.lookCues.set {
		x.lookCues = lookCues{classes: cueTableData().of(x.look), set: true}
	}
	return x.lookCues.classes&need == 0
}

// lacksIn is lacks for a clause of the sentence the look holds: text must
// be a slice of that sentence's own bytes whose words are words of the
// sentence. A clause cut at spaces is; one cut inside a piece ("ready"
// of "ready.", "selon" of "«selon") is when its edge piece's word, as
// trimWord reads it, is the word of the sentence's piece there. Any other
// text is not answered for (false).
func (x *extractor) lacksIn(text string, need cueSet) bool {
	s := x.lookFor
	if text == "" || x.look == nil || len(text) > len(s) {
		return false
	}
	off := int(uintptr(unsafe.Pointer(unsafe.StringData(text))) - uintptr(unsafe.Pointer(unsafe.StringData(s))))
	if off < 0 || off > len(s)-len(text) {
		return false // not a slice of the look's sentence
	}
	end := off + len(text)
	if off > 0 && s[off-1] != ' ' || end < len(s) && s[end] != ' ' {
		// the piece of s around each cut edge, and the part of it text holds
		ps := strings.LastIndexByte(s[:off], ' ') + 1
		pe := firstSpace(s, end)
		firstEnd, lastStart := end, off // text's first piece ends, its last starts
		if i := strings.IndexByte(text, ' '); i >= 0 {
			firstEnd, lastStart = off+i, off+strings.LastIndexByte(text, ' ')+1
		}
		if ps < off && !samePieceWord(s[off:firstEnd], s[ps:firstSpace(s, ps)]) ||
			pe > end && !samePieceWord(s[lastStart:end], s[lastSpace(s, end):pe]) {
			return false // cut inside a word: its first or last word may be one the sentence does not hold
		}
	}
	return x.lacks(s, need)
}

// firstSpace is the index of the first space of s at or after i, len(s)
// if none; lastSpace is one past the last space of s before i, 0 if none.
func firstSpace(s string, i int) int {
	if j := strings.IndexByte(s[i:], ' '); j >= 0 {
		return i + j
	}
	return len(s)
}

func lastSpace(s string, i int) int {
	return strings.LastIndexByte(s[:i], ' ') + 1
}

// samePieceWord reports whether part, a piece of text cut from the
// sentence's piece whole, has the same word as it (trimWord).
func samePieceWord(part, whole string) bool {
	if part == "" || whole == "" {
		return part == whole
	}
	a, _ := trimWord(part)
	b, _ := trimWord(whole)
	return a == b
}
