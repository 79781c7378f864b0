// Pronoun lead-ins: a said-line or a paragraph sets where or when before
// its pronoun subject without a comma: "On X he wrote that …", "In Davos
// she said …", "W Davos on powiedział …", "В Давосе он заявил …". The
// prepositional phrase is not who spoke; the pronoun after it is.

package corpus

// pronounLeadPreps open such a lead-in, and leadSubjectPronouns are the
// subject pronouns that may close it (data/grammar.json).
var (
	pronounLeadPreps    = grammarSet("pronounLeadPreps")
	leadSubjectPronouns = grammarSet("leadSubjectPronouns")
)

// maxPronounLead bounds the words of the lead-in before the pronoun.
const maxPronounLead = 3

// pronounLeadCut returns where the pronoun of a subject phrase that is a
// prepositional lead-in and a pronoun stands ("On X he" gives 2, "Davos
// he" 1, the preposition being cut before by the caller), or 0 when the
// phrase does not read so: the lead-in is up to three capitalised words,
// after a preposition or not, with no stop or comma between them. A name
// is never followed by its own pronoun ("Witkoff he said" is no English),
// so the capitalised words are the place or the platform.
func pronounLeadCut(phrase []tok) int {
	n := len(phrase) - 1
	if n < 1 || n > maxPronounLead+1 || !leadSubjectPronouns[lowerWord(phrase[n])] {
		return 0
	}
	prep := pronounLeadPreps[lowerWord(phrase[0])]
	for i, t := range phrase[:n] {
		if t.trail != "" || leadSubjectPronouns[lowerWord(t)] {
			return 0
		}
		if !isCapital(t.word) && !(prep && i == 0) {
			return 0 // "the minister he …" is no lead-in
		}
	}
	return n
}
