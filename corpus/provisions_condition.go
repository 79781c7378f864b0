package corpus

import "strings"

// A plan's point often states its terms as a condition and its
// consequence, in the present rather than in the conditional mood: "If
// Ukraine invades Russia, it loses the guarantee", "Dacă Rusia atacă din
// nou, sancțiunile sunt reintroduse", "Pokud Rusko znovu zaútočí, sankce
// se obnoví". conditionalTerm reads the mood of a sentence; right after a
// point's terms such a sentence, opened by a condition word of the
// document's language (data/clauses.json's conditionals), goes on with
// them just as a sentence in the conditional does.

// conditionClauseTerm reports whether s opens with a condition word of
// lang and reads as a condition and its consequence: a comma closes the
// condition, and the sentence neither quotes nor reports anyone's words
// ("If the talks fail, the minister said, …" is speech, not a term).
func conditionClauseTerm(lx *lexicon, lang, s string) bool {
	words := conditionals()[lang]
	if words == nil {
		return false
	}
	first, next := nextWord(s, 0)
	if !isCapital(first) || !lowerIn(words, first) {
		return false
	}
	comma := strings.Index(s[next:], ", ")
	if comma < 0 || strings.Count(s[next:next+comma], " ") < 2 {
		return false // "Dacă da, …": no condition of its own
	}
	if strings.HasSuffix(strings.TrimSpace(s), "?") || containsAny(s, "“”\"«»„") {
		return false
	}
	return !reportsSpeech(lx, s) && !impersonalView(s)
}
