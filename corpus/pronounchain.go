package corpus

import "strings"

// A chain of pronouns (issue 12): "The secretary of state said … . He
// declined to say whether the deadline set by President Donald Trump
// still held. "We'd like it to be as soon as possible," he said." The
// second sentence opens with a pronoun: its subject is someone the report
// already spoke of, and the person it names with a title is in its
// complement. mentionedJustBefore gave the next "he said" to that
// person, as it must after "… confirmed by spokesman X. He said …";
// after a sentence opened by a pronoun the pronoun goes on with the same
// subject, and is resolved as it (the last speaker of its gender).

// pronounChainOff disables the rule, for the test that shows it is what
// keeps the speaker.
var pronounChainOff bool

// pronounOpenedBefore reports whether the sentence before this one, in
// the same paragraph, opened with a personal pronoun ("He declined …",
// "Er wollte nicht sagen …", "Il a refusé …").
func (x *extractor) pronounOpenedBefore() bool {
	if pronounChainOff || x.prevSentencePara != x.pos || x.prevSentenceNo != x.sentenceNo-1 {
		// (the readers deferred to the end of a sentence see it as the
		// sentence before: the one before that is not known)
		return false
	}
	w, _ := nextWord(x.prevSentence, 0)
	w = lowerString(strings.Trim(w, "\"“”„«»‘’'*_ "))
	return pronounGender[w] != ""
}
