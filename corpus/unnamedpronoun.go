package corpus

import "strings"

// unnamedSubjectBefore is the unnamed source the sentence before, in the
// same paragraph, opened with as its subject without quoting them ("A
// counsellor at the Ukrainian embassy was less upbeat. Kyiv, he said,
// …", "Ein Berater der Botschaft war skeptischer. Kiew, sagte er, …"): a
// pronoun in the next sentence means that source, not the last person
// quoted paragraphs before, who is no longer the subject. The unnamed
// noun must stand within unnamedOpenerWords of the indefinite word, as
// unnamedOpenedBefore reads "the official" after such a sentence; a
// sentence before that quoted anyone gives nil (its speaker is the
// subject the pronoun goes on with).
func (x *extractor) unnamedSubjectBefore() *speaker {
	prev, para, no := x.sentenceBefore()
	if para != x.pos || no != x.sentenceNo-1 || x.lastStmtSentence == x.sentenceNo-1 {
		return nil
	}
	if w0 := firstField(prev); len(w0) > 5 || !lowerIn(x.lx.indefinites, w0) {
		return nil // (nearly every sentence: its first word tells, before any is split)
	}
	w := strings.Fields(prev)
	for i := 1; i < len(w) && i <= unnamedOpenerWords; i++ {
		l := lowerString(strings.Trim(w[i], ",.;:!?\"“”«»"))
		if x.lx.isUnnamed(l) {
			// the role is the description up to its noun ("State
			// Department official"): where the noun phrase ends after it
			// ("at the Ukrainian embassy was …") no list tells
			role := strings.Trim(strings.Join(w[1:i+1], " "), ",;:.!?")
			return &speaker{name: unnamedSpeaker, role: cleanRole(role), kind: kindGroup}
		}
		if containsAny(w[i], ",;:.!?") {
			return nil
		}
	}
	return nil
}
