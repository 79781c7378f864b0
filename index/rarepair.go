package index

import "sync"

// A question names its subject by the specific words of one paragraph and
// adds words of its own that the corpus never writes: "kettering
// switchboard phone" (the paragraph tells of a switchboard and a reader in
// Kettering, never of a phone), "belozerskaya urals discount" over a
// Russian analyst's paragraph that says "скидка". rareClassesIn turned
// such a hit down, because an unknown word is what an off-topic question
// holds ("venezuela boat strikes", "miami dolphins score"). But two rare
// words in one record are not chance the way one is: an off-topic
// question shares a common word or one rare name with the corpus, not two
// of the words that only a paragraph or two hold. So when a hit matches at
// least minRareWitnesses rare words, and more of them than the query has
// unknown words, and misses no other word that the index holds (a
// negation aside: "why no pentagon people at halifax"), the
// unknown words do not rule it out; the rest of rareClassesIn's conditions
// and the off-topic guard still apply. The last condition keeps "golf club
// membership fees" from a report of talks at a golf club: "membership" is
// a word of the corpus the report does not say, so the two rare words
// there are one name, not the question's subject.

// Rare for this purpose is rare by share alone (witness): the floor of
// minRare that makes a word in three records rare in any index is what a
// small index cannot afford here, where every word is in three records
// and "kramatorsk people bitcoin" would find two "rare" words by chance.

// minRareWitnesses is how many rare query words a hit must match for the
// query's unknown words not to count against it.
const minRareWitnesses = 2

// rareVouch says whether a hit matching rare rare query words is carried
// past the query's unknown unknown words (see above).
func rareVouch(rare, unknown int) bool {
	return rare >= minRareWitnesses && rare > unknown
}

// negation says whether the i-th query word is a negation ("no", "nicht"):
// the answer says what did not happen in its own words, rarely with the
// question's negation, so missing it is no sign of another subject.
func (f wordFreq) negation(i int) bool { return i < len(f.neg) && f.neg[i] }

// witness says whether the i-th query word is rare by share alone: held
// by at most one in rareShare of the index's searchable records (the
// glossary's thesaurus, which DocCount includes, would make every word
// of a small index rare).
func (f wordFreq) witness(i int) bool {
	return i < len(f.df) && f.df[i] > 0 && f.df[i]*rareShare <= f.searchable
}

// countCache holds Count for one index generation. The rare-word rule
// needs how many records are searchable on every search that reaches it,
// and counting them is a search matching every record: at 100k items it
// took 17 ms of CPU per query (planbot bench: search p50 0.8 -> 18.7 ms)
// while the answer changes only when the index does.
type countCache struct {
	mu  sync.Mutex
	gen uint64
	ok  bool
	n   uint64
}

// searchableCount is Count, counted once per index generation.
func (ix *Index) searchableCount() (uint64, error) {
	gen := ix.facets.gen.Load()
	c := &ix.searchable
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ok && c.gen == gen {
		return c.n, nil
	}
	n, err := ix.Count()
	if err != nil {
		return 0, err
	}
	c.gen, c.ok, c.n = gen, true, n
	return n, nil
}
