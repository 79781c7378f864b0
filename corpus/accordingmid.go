package corpus

import "strings"

// accordingEnclosed reports whether an "according to X" phrase running
// from toks[i] to toks[end] stands between commas inside its sentence,
// with words said on both sides: "The revised text, according to two
// people briefed on the talks, is shorter and leaves territory open."
// What was said is then the sentence around the phrase, not only the
// words before it ("The revised text"), as the other languages' readers
// already keep it ("Il testo, secondo due fonti, è più corto").
func accordingEnclosed(toks []tok, i, end int) bool {
	return i > 0 && end+2 < len(toks) &&
		strings.HasPrefix(toks[i-1].trail, ",") && strings.HasPrefix(toks[end].trail, ",")
}
