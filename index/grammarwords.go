package index

import (
	_ "embed"
)

// A question's grammar is not its subject. "how much gas can ukraine
// store" holds "much" and "can", which every language's text writes
// everywhere ("as much as", "can be"): asked of bleve they fetched
// paragraphs sharing only them, and counted by the relevance rule they
// took a share of the query that the answer, which says "the storage
// holds 30 billion cubic metres", cannot match, so the question was left
// unanswered. The modal and auxiliary verbs, the words of quantity
// questions and the contractions typed without an apostrophe
// (grammarwords.txt) are therefore read as the verbs of saying are
// (classSay): left out of the retrieval text and of the rule's count.
// Negations ("no", "not", "nicht") are not among them: made frame words
// (counted only for a hit that has them), they let "why driscoll and not
// witkoff" be answered by any paragraph naming Driscoll, first.

// grammarData lists the grammar words (grammarwords.txt).
//
//go:embed grammarwords.txt
var grammarData string

// grammarWords are the grammar words, lower case as typed.
var grammarWords = dataWords(grammarData)

// grammarClass is the class the grammar of asking adds to a query word
// typed as raw (lower case): classFrame|classSay for a grammar word,
// nothing otherwise.
func grammarClass(raw string) termClass {
	if grammarWords[raw] {
		return classFrame | classSay
	}
	return 0
}
