package corpus

import (
	"strings"
	"unicode/utf8"
)

// accordingPhrases are data/grammar.json's accordingPhrases, each cut into
// its words: "according to" in several words at the start of a sentence
// ("De acordo com X, …", "În opinia lui X, …", "Κατά τον X, …"), where the
// rules for "according to" look for one word.
var accordingPhrases = func() [][]string {
	var out [][]string
	for _, p := range grammarWords["accordingPhrases"] {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// phraseCue is the one-word cue an according phrase is read as: it is in
// verbs.json's accordingWords.
const phraseCue = "según"

// accordingPhraseToks returns the sentence's tokens with an opening
// according phrase read as one cue word, or nil when it opens with none.
// The phrase counts only before a capitalised name or a title, or a word
// right before a capital (after an article): "Κατά τον Οκτώβριο" is a time, "Κατά την επίσκεψη" an
// occasion, and neither is a speaker. The tokens are a copy: the
// sentence's own buffer is read by the rules after this one.
func (x *extractor) accordingPhraseToks(toks []tok) []tok {
	if len(toks) < 4 || !isCapital(toks[0].word) {
		return nil // (most sentences: one look)
	}
	for _, p := range accordingPhrases {
		n := len(p)
		if n+2 > len(toks) || !accordingPhraseAt(toks, p) {
			continue
		}
		k := n
		if accordingArticles[lowerWord(toks[k])] && k+1 < len(toks) {
			k++ // "De acordo com o ministro …"
		}
		if l := lowerWord(toks[k]); !isCapital(toks[k].word) && !x.lx.isRole(l) && !x.isBackRef(l) && !(toks[k].trail == "" && isCapital(toks[k+1].word)) {
			return nil // a title in its case names someone: "Κατά τον υπουργό Γιώργο …"
		}
		out := make([]tok, 0, len(toks)-n+1)
		cue := toks[n-1]
		cue.low, cue.word = phraseCue, phraseCue
		return append(append(out, cue), toks[n:]...)
	}
	return nil
}

// accordingPhraseAt reports whether toks open with the words of p, with no
// punctuation inside the phrase.
func accordingPhraseAt(toks []tok, p []string) bool {
	for i, w := range p {
		if !strings.EqualFold(toks[i].word, w) || i < len(p)-1 && toks[i].trail != "" {
			return false
		}
	}
	return true
}

// opensAccordingPhrase reports whether a sentence opens with an according
// phrase: none of its words is a speech cue of its own ("acordo", "κατά"
// are no cue elsewhere), so the look for a cue lets the sentence through
// here.
func opensAccordingPhrase(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' && s[0] < utf8.RuneSelf {
		return false // a sentence opening in lower case or with a sign
	}
	for _, p := range grammarWords["accordingPhrases"] {
		if n := len(p); len(s) > n && s[n] == ' ' && strings.EqualFold(s[:n], p) {
			return true
		}
	}
	return false
}
