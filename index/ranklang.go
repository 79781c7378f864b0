package index

import "context"

// A question typed in German, Italian or Spanish ("G8 Rückkehr Russland",
// "grano mar negro punto") is most often about the report in that language
// that the member is reading: the English provision that says the same
// through the glossary is the same fact, but not the text asked about.
// BM25 already weighs the typed language's field first (fieldBoosts), yet
// the ranking compares hits by how many query words they match before
// their score, and a foreign question's words reach an English text
// through the glossary and translations as well as they reach its own
// language's text, often better: a declined or compounded form
// ("zurückzukehren" for "Rückkehr") is missed by the stemmer, while the
// English "return" is a translation away. So (typedLanguages), when the
// query's words as typed occur in some language's text more than in the
// English text, that language is the query's, and among hits that match
// almost as many of its words a hit in it ranks first (ownLangWords).
// English questions, and questions whose words English text holds as
// often (names, numbers), are ranked as before: English questions over a
// foreign paragraph are what the corpus mostly answers.

// ownLangSlack is how many query words fewer a hit in the query's own
// language may match and still rank before a hit in another language:
// one, the word a stemmer or a missing translation loses, never more, so
// a text in the typed language that shares a single word with the
// question does not pass the one that answers it.
const ownLangSlack = 1

// typedLanguages returns the analyzers of the languages whose text holds
// more of the query's words as typed (qts, each word's own form in that
// language's analysis) than the English text does, those holding the most;
// nil when English holds as many (an English question, or one of names and
// numbers only). The look-ups are the ones lookupTerms made for the same
// words, so they are cache reads.
func (ix *Index) typedLanguages(als []string, qts []queryTerm) map[string]bool {
	if len(qts) < 2 {
		return nil
	}
	dfs := ix.newDFReader(context.Background())
	defer dfs.close()
	cover := map[string]int{}
	for _, qt := range qts {
		for _, a := range als {
			t := qt.byAnalyzer[a]
			if t == "" {
				continue
			}
			if n, err := dfs.df(textField(a), t); err == nil && n > 0 {
				cover[a]++
			}
		}
	}
	en := analyzerFor(defaultLang)
	best := 0
	for _, a := range als {
		best = max(best, cover[a])
	}
	if best <= cover[en] || best < 2 {
		return nil
	}
	out := map[string]bool{}
	for _, a := range als {
		if cover[a] == best {
			out[a] = true
		}
	}
	return out
}

// ownLangWords is the number of query words a hit counts for when the
// ranking first compares hits (results): the words it matches (matched, as
// markResult.weight counts them, weightPerWord each), plus ownLangSlack
// when it is in the query's own language. Hits that count as many then go
// by language, own first, and then by their full weight, so the order
// stays a total one: a key per hit, never a comparison of pairs.
func ownLangWords(matched int, own bool) int {
	n := matched / weightPerWord
	if own {
		n += ownLangSlack
	}
	return n
}
