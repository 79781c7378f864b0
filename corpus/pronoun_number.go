package corpus

import "strings"

// A pronoun that is "she" or "they" by the verb beside it: German "sie"
// ("„…“, sagt sie." is one woman, "„…“, sagen sie." several people). The
// rules read a pronoun by its gender alone, so "sie" was no speaker at all
// and a woman's quotation after the commonest German attribution was
// lost, or went to the man quoted before her. The verb's number decides:
// a speech verb standing right before or after the pronoun without a
// plural ending ("-en": sagen, sagten, erklären) makes it singular, read
// as "she"; a plural verb, or none, leaves it as written. The pronouns
// and the plural endings are data (grammar.json: numberedPronouns,
// pluralVerbEndings).

var (
	numberedPronouns  = grammarSet("numberedPronouns")
	pluralVerbEndings = grammarWords["pluralVerbEndings"]
)

// agreePronouns rewrites a numbered pronoun that a singular speech verb
// stands beside into "she", as readAs rewrites the grammar words of the
// languages added as data; the raw text stays.
func agreePronouns(toks []tok, lx *lexicon) {
	for i := range toks {
		t := &toks[i]
		if !numberedPronounKeys.has(wordKey(t.low)) || !numberedPronouns[t.low] { // (pronoun_filter.go)
			continue
		}
		if i > 0 && toks[i-1].trail == "" && singularSpeech(toks[i-1].low, lx) || i+1 < len(toks) && t.trail == "" && singularSpeech(toks[i+1].low, lx) {
			t.low = "she"
			if isCapital(t.word) {
				t.word = "She"
			} else {
				t.word = "she"
			}
		}
	}
}

// singularSpeech reports whether w is a speech verb without a plural
// ending.
func singularSpeech(w string, lx *lexicon) bool {
	if !lx.sayVerbs[w] {
		return false
	}
	for _, e := range pluralVerbEndings {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	return true
}
