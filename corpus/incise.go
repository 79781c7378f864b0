package corpus

import (
	"strings"
	"unicode/utf8"
)

// inciseAfterQuote reads the French incise closing a quotation: « … »,
// s'amuse-t-il. / « … », a-t-elle tranché. / « … », ironise-t-il. The
// inversion of the subject pronoun behind the verb ("-t-il", "a-t-elle")
// marks the words before it as speech whatever the verb, so a verb the
// lexicon lacks ("tranché", "s'amuse") still attributes the quotation;
// the speaker is the person the pronoun stands for. The quotation must
// open the sentence and the incise close it, with at most one word after
// an inverted auxiliary (its participle).
func (x *extractor) inciseAfterQuote(s string, pos int) bool {
	if x.src.Lang != "fr" {
		return false
	}
	open, n := utf8.DecodeRuneInString(s)
	if !isOpenQuote(open) {
		return false
	}
	end := -1 // the closing quotation mark
	for i := n; i < len(s); {
		r, m := utf8.DecodeRuneInString(s[i:])
		if closesQuote(open, r) {
			end = i
		}
		i += m
	}
	if end < 0 {
		return false
	}
	said := strings.TrimRight(strings.TrimSpace(s[n:end]), ",")
	_, m := utf8.DecodeRuneInString(s[end:])
	tail := strings.TrimSpace(s[end+m:])
	if !strings.HasPrefix(tail, ",") || utf8.RuneCountInString(said) < 8 {
		return false
	}
	words := strings.Fields(strings.TrimRight(strings.TrimSpace(tail[1:]), ".!"))
	if len(words) == 3 && lowerIn(objectClitics()["fr"], words[0]) {
		words = words[1:] // "nous a-t-il confié": to whom, before the inverted auxiliary (tenses_incise_test.go)
	}
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	pron, aux := invertedSubject(words[0])
	if pron == "" || len(words) == 2 && (!aux || isCapital(words[1])) || len(words) == 1 && aux {
		return false // "a-t-il" wants its participle, and a capital after it is a name, read elsewhere
	}
	sp := x.classify([]tok{{raw: pron, word: pron, low: pron}}, false)
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	before := len(x.out)
	x.emit(sp, said, true, pos)
	return len(x.out) > before
}

// invertedSubject returns the subject pronoun a French verb carries behind
// it ("ironise-t-il", "s'amuse-t-elle", "a-t-il") and whether the verb is
// an auxiliary ("a", "avait", "aurait") that wants a participle after it.
func invertedSubject(w string) (pron string, aux bool) {
	l := lowerString(w)
	for _, p := range []string{"il", "elle"} {
		for _, join := range []string{"-t-", "-"} {
			if verb, ok := strings.CutSuffix(l, join+p); ok && verb != "" && !containsAny(verb, "-") {
				switch verb {
				case "a", "avait", "aurait", "est", "était":
					return p, true
				}
				if join == "-" && !strings.HasSuffix(verb, "t") && !strings.HasSuffix(verb, "d") {
					return "", false // "-il" straight after a vowel is no French verb form ("dit-il", "répond-il" are)
				}
				return p, false
			}
		}
	}
	return "", false
}
