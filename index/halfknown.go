package index

// A query is answered from the exact search only while the corpus knows
// at least half of its words (unknownShareLimit). At exactly half,
// with two or more words the corpus has never seen ("nba trade deadline
// rumors", "oil price forecast 2026", "free podcast transcript software"),
// the words it does know are mostly general ones that the glossary or a
// topic also lists ("trade", "deadline", "oil", "free"), and a paragraph
// matching them passed the relevance rule's half-and-a-domain-word test
// though the question is about what the corpus lacks. Such a query goes
// to the fuzzy search only, which wants every word (atUnknownLimit). One
// unknown word ("nato bitcoin", a name, a misspelling) is judged as
// before.

// minUnknownAtLimit is how many unknown words make a query one at the
// limit: one unknown word is a name or a misspelling as often as a
// subject the corpus lacks.
const minUnknownAtLimit = 2

// atUnknownLimit reports whether at least minUnknownAtLimit of the query's
// words are unknown to the corpus and they are at least as many as the
// known ones.
func atUnknownLimit(known []bool) bool {
	unknown := 0
	for _, k := range known {
		if !k {
			unknown++
		}
	}
	return unknown >= minUnknownAtLimit && 2*unknown >= len(known)
}
