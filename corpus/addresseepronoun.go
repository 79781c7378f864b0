package corpus

// addresseeAfterPronoun reports whether the article at toks[m] opens whom
// the words were given to right after a pronoun subject at toks[from]:
// "sagte er der Rundschau", "sagte sie dem Abendblatt". A pronoun is a
// whole subject, so the article and the outlet after it are no part of
// the speaker (read as one phrase, the outlet became the speaker and the
// pronoun its role). A medium noun after the article ("sagte er der
// Zeitung Nordkurier") is left to mediumAfter and mediumNamed, whose
// reading it is (mediaafter.go).
func addresseeAfterPronoun(toks []tok, from, m int) bool {
	if m != from+1 || pronounGender[toks[from].low] == "" {
		return false
	}
	return m+1 >= len(toks) || !quoteFirstData().mediaNouns[lowerWord(toks[m+1])]
}
