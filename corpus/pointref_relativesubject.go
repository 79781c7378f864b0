// "Численность ВСУ, которую шестой пункт ограничивает 600 тысячами, в
// Киеве называют неприемлемой": termsOf reads the relative clause's
// pronoun and point as the sentence's subject and everything after its
// verb as the term, so the term ran on past the clause into what Kyiv
// says of it. When the subject opens with a relative pronoun and names a
// point, the term is the relative clause alone, ending at its comma, with
// the point as its subject ("шестой пункт ограничивает 600 тысячами"), in
// the languages whose relative pronoun may stand before the subject
// (Russian, Ukrainian, Polish, German …; plans.json's commaRelatives and
// relativePronouns).

package corpus

import "strings"

// relativeSubjectTerm returns the term of a relative clause whose subject
// (as termsOf read it) opens with a relative pronoun and holds a point
// word: the subject after the pronoun, then rest up to the clause's
// comma. ok is false for any other subject.
func relativeSubjectTerm(lx *lexicon, subject, rest string) (string, bool) {
	rel, after := nextWord(subject, 0)
	if rel == "" {
		return "", false
	}
	if _, ok := lowerIn2(commaRelativeWords(), rel); !ok && !lowerIn(lx.relPronouns, rel) {
		return "", false
	}
	head := strings.TrimSpace(subject[after:])
	if head == "" || len(lx.pointWordsIn(head)) == 0 {
		return "", false
	}
	j := strings.Index(rest, ", ")
	if j <= 0 {
		return "", false // the clause runs to the sentence's end: as before
	}
	return head + " " + rest[:j], true
}
