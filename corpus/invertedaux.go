package corpus

import "strings"

// invertedAuxPronoun splits a French auxiliary inverted with its subject
// pronoun ("a-t-il", "a-t-elle", "avait-il", "ont-ils") and returns the
// pronoun as a token, as classify reads it. In "Kiev, a-t-il écrit, ne
// renoncera jamais …" the verb of saying is the participle after it, and
// the aside's subject is the pronoun the auxiliary carries; the simple
// inverted verb ("estime-t-il") is invertedPronoun's.
func (x *extractor) invertedAuxPronoun(t tok) (tok, bool) {
	if t.trail != "" {
		return tok{}, false
	}
	aux, pron, ok := strings.Cut(lowerWord(t), "-")
	if !ok || !x.lx.auxiliaries[aux] {
		return tok{}, false
	}
	switch strings.TrimPrefix(pron, "t-") {
	case "il":
		pron = "il"
	case "elle":
		pron = "elle"
	case "ils", "elles":
		pron = "they"
	default:
		return tok{}, false
	}
	return tok{raw: pron, word: pron, low: pron}, true
}

// invertedAuxAside reads an attribution set inside the sentence whose verb
// of saying follows an inverted auxiliary ("Kiev, a-t-il écrit, ne
// renoncera jamais à sa souveraineté", "Le texte, a-t-elle ajouté, reste
// fragile") as reportAside reads "estime-t-il": the auxiliary's pronoun
// speaks. It reports whether it emitted.
func (x *extractor) invertedAuxAside(s string, toks []tok, vi, pos int) bool {
	if vi < 1 {
		return false
	}
	p, ok := x.invertedAuxPronoun(toks[vi-1])
	return ok && x.reportAside(s, toks, vi, pos, &p)
}

// invertedAuxWord is the pronoun an inverted auxiliary carries, or "".
func invertedAuxWord(x *extractor, t tok) string {
	p, ok := x.invertedAuxPronoun(t)
	if !ok {
		return ""
	}
	return p.word
}
