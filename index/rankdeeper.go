package index

// The exact search fetches a short page by BM25 score (fetchSize: six
// hits for a page of three) and the ranking keys then reorder it, the
// first of them the count of query words a hit matches (markResult.weight).
// In one document set the hit that matches the most words is nearly always
// among those six. In a community's corpus, which holds many reports in
// many languages, it often is not: a short foreign point that holds two
// of three words as typed, each rare in its language, outscores in BM25 a
// report that holds all three, one of them through a translation weighed
// at foreignBoost ("danish troops ukraine": two Czech and Polish army
// points with "troops" and "Ukraine" fill the page, the Danish paragraph
// on sending Danish soldiers is eleventh). The page then answers with a
// hit that its own first key ranks below one it never looked at.
//
// So when the best hit of the first fetch leaves out a query word that the
// corpus holds (deeperWanted), the search looks once more, as deep as
// widen's second fetch, and keeps the deeper page only when its best hit
// matches more of the query's words (deeperBetter): a deeper fetch that
// finds no hit matching more words changes nothing, so the page of a
// question every word of which the first fetch matched, or that no text
// answers better, is what it was. A fetch of at least thirty hits for
// every question (stop 31, docs/design.md) reordered many answers among
// hits matching as many words; this one only lets the count decide.

// countableWords is how many of the query's words a hit could match for
// markResult.weight's count: the ones it counts (the neutral ones left
// out) that the corpus holds (known, from knownTerms), as a word no text
// holds matches nothing at any depth.
func countableWords(cls []termClass, known []bool) int {
	skip := neutral(cls)
	n := 0
	for i := range cls {
		if skip[i] || i >= len(known) || !known[i] {
			continue
		}
		n++
	}
	return n
}

// deeperWanted says whether a first fetch of size hits (fetched of them
// returned, out of total matches) whose best relevant hit has key is
// worth a deeper look: its best hit matches fewer query words than the
// corpus holds, more matches exist, and the fetch was not already as deep
// as widen's.
func deeperWanted(key answerKey, cls []termClass, known []bool, size, fetched int, total uint64) bool {
	n := countableWords(cls, known)
	return key.words > 0 && (key.words < n || key.ownTyped() < n) &&
		uint64(fetched) < total && size < widerFetch
}

// deeperBetter says whether the deeper fetch's best hit, deep, answers
// better than the first fetch's, first: it matches more query words, or
// as many, as informative ones, and more of them as typed (see typedDeeper).
func deeperBetter(deep, first answerKey) bool {
	if deep.words != first.words {
		return deep.words > first.words
	}
	return deep.ownTyped() > first.ownTyped() && deep.info >= first.info
}

// ownTyped is how many of the query words the hit of key matches as typed
// in its own text, the ones only its point gloss holds left out. The gloss
// counts as typed when a record's answer is weighed against the reports'
// (reportsgloss.go), but a reprint's point holds the point's English
// keywords in every language: in a corpus of many reprints each point's
// Czech, Norwegian and Hungarian versions then seemed to hold every word
// as typed, the deeper look never ran, and the English text that says
// what was typed ("russia back in g8?": "… an invitation to rejoin the
// G8", 33rd in BM25's order under a page of foreign points) was never
// fetched. The ranking among records weighs the text's own typed words
// (resultsKeyed's typed key); so does the look that feeds it.
func (k answerKey) ownTyped() int { return k.typed - k.glossed }

// How deep the deeper look goes grows with the corpus. The place in BM25's
// order of the hit that matches the most query words grows with the
// number of records: every report added brings short paragraphs in other
// languages that hold two of the question's words, each rare in its own
// language, and score above a long report that holds all of them, some
// through a translation weighed at foreignBoost. A look thirty hits deep
// found it in one document set; in every released set together (several
// thousand records, what a server sees after months of news) it often
// sits between the 40th and the 120th hit. So the deeper look reads one
// hit in deeperShare of the searchable records, never fewer than
// widerSize's and never more than maxDeeper: an index of one set's
// documents (a thousand or two records) looks as deep as before, and a
// large one pays for at most maxDeeper marked hits, and only for a
// question whose first fetch left a word out.
const maxDeeper = 120

// deeperShare is the number of searchable records per hit of the deeper
// look (a variable so that a test can look deep in a small index).
var deeperShare uint64 = 50

// deeperSize is the size of the deeper look after a first fetch of size
// hits, in an index of the searchable records searchableCount counts.
func (ix *Index) deeperSize(size int) int {
	n, err := ix.searchableCount()
	if err != nil {
		n = 0
	}
	return scaledDeeper(size, n)
}

// scaledDeeper is deeperSize given n searchable records.
func scaledDeeper(size int, n uint64) int {
	least := widerSize(size)
	return max(least, min(int(n/max(deeperShare, 1)), maxDeeper))
}
