// The filter in front of agreePronouns' look-up (pronoun_number.go).

package corpus

// numberedPronounKeys holds the wordKeys of numberedPronouns:
// agreePronouns asks about every token of every sentence it reads, nearly
// always for a word that is no such pronoun, and one bit test answers
// that where the map look-up hashed the word.
var numberedPronounKeys = wordFilter(numberedPronouns)
