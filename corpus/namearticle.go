package corpus

// nameArticles are data/grammar.json's nameArticles: the articles Greek
// puts before a person's name ("Ο Γιώργος Νικολάου δήλωσε", "η
// Παπαδοπούλου"). Capitalised at the start of a sentence they look like
// the first word of a name or a one-word title, so "Ο" became the role of
// every Greek subject and "Ο Νικολάου" a speaker of its own.
var nameArticles = grammarSet("nameArticles")

// nameArticleCut returns 1 when a phrase opens with a name article before
// a capitalised word, the article being no part of who speaks; else 0. A
// lower-case word after it is a title the rules for titles read ("ο
// υπουργός Γιώργος Νικολάου").
func nameArticleCut(phrase []tok) int {
	if len(phrase) >= 2 && len(phrase[0].word) <= 6 && nameArticles[lowerWord(phrase[0])] && isCapital(phrase[1].word) {
		return 1
	}
	return 0
}
