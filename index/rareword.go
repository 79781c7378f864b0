package index

import (
	"context"
	"fmt"
)

// A short question often names its subject by one informative word: a
// town ("how many people left in kramatorsk"), a person, a specific noun
// ("mother belgorod missing son"). The relevance rule (relevantFor) lets a
// hit that matches half such a query through only when a word it matches
// is a domain word, and a town the glossary does not list is none. A word
// that few records of the index hold is as informative as a domain word:
// its document frequency says the corpus speaks of it in one place, not
// by chance everywhere. rareClasses makes such a word a domain word for a
// hit, on three conditions that keep off-topic questions unanswered:
//
//   - the hit matches at least two of the query's words: one rare word
//     alone ("weather in paris", where a report names Paris once) is
//     chance;
//   - every plain word of the query that the hit does not match is a word
//     the index holds: a question about something the corpus never
//     mentions ("venezuela boat strikes", "miami dolphins score") is not
//     about the corpus, whatever else it shares with it; unless the
//     hit is in another language than English, matches three words and
//     the fetch is wide (rareClassesIn): an English question about a
//     Polish or Spanish report holds words the glossary cannot carry
//     into it, which the index holds nowhere because the report says
//     them in its own language; or unless the hit matches two words
//     rare by share and misses no other word the index holds
//     (rarepair.go);
//   - the off-topic guard (offtopic.go) still judges the hit afterwards.
//
// Rarity is weaker evidence than the rule's own: a hit relevant only
// through a rare word ranks after every hit the rule finds relevant
// without it (results), so that "800000 peacetime berlin" is answered by
// the report from Berlin before the provision that names the figure.

// rareShare is the largest share of the index's records that may hold a
// word for it to count as rare: one record in rareShare.
const rareShare = 100

// minRare is the document frequency under which a word is rare in any
// index, however small: a word in this few records is specific.
const minRare = 3

// minForeign is how many query words a hit in another language must
// match when the query holds words the index never holds (rareClassesIn).
const minForeign = 3

// wordFreq is a query word's document frequency: the records holding its
// term in any language's text field.
type wordFreq struct {
	df      []uint64
	records uint64
	// neg says which query words are negations, and searchable is how
	// many records are provisions, statements or passages, without the
	// glossary's thesaurus (rarepair.go).
	neg        []bool
	searchable uint64
}

// wordFreqs reads the document frequency of each of qts's words in the
// index, over the text fields of als.
func (ix *Index) wordFreqs(ctx context.Context, als []string, qts []queryTerm) (wordFreq, error) {
	out := wordFreq{df: make([]uint64, len(qts)), neg: make([]bool, len(qts))}
	n, err := ix.idx.DocCount()
	if err != nil {
		return out, fmt.Errorf("rare words: document count: %w", err)
	}
	out.records = n
	if out.searchable, err = ix.searchableCount(); err != nil {
		return out, fmt.Errorf("rare words: %w", err)
	}
	dfs := ix.newDFReader(ctx)
	defer dfs.close()
	for i, qt := range qts {
		out.neg[i] = negations[qt.raw]
		for _, a := range als {
			t := qt.byAnalyzer[a]
			if t == "" {
				continue
			}
			c, err := dfs.df(textField(a), t)
			if err != nil {
				return out, fmt.Errorf("rare words: %w", err)
			}
			out.df[i] += c
		}
	}
	return out, nil
}

// rare says whether the i-th word is rare in the index (see rareShare).
func (f wordFreq) rare(i int) bool {
	if i >= len(f.df) || f.df[i] == 0 {
		return false
	}
	return f.df[i] <= max(minRare, f.records/rareShare)
}

// rareClasses returns cls with the rare words m matches made domain words,
// when the conditions above hold; nil when they do not or no word is rare.
func rareClasses(m markResult, cls []termClass, f wordFreq) []termClass {
	return rareClassesIn(m, cls, f, false)
}

// rareClassesIn is rareClasses for a hit in a language other than the
// query's when foreign is true: there a query word the index never holds
// ("driver", "scam") is one the glossary could not carry into the hit's
// language, not a subject the corpus never mentions, so it does not
// rule the hit out. The hit must then match half the query, a rare word
// and minForeign of its words: two words in common with a report in
// another language are chance ("golf club membership fees" against a
// French report of talks at a golf club).
func rareClassesIn(m markResult, cls []termClass, f wordFreq, foreign bool) []termClass {
	skip := neutral(cls)
	matched, rare, unknown, missed, witnesses := 0, 0, 0, 0, 0
	for i, ok := range m.matched {
		if i >= len(cls) || i < len(skip) && skip[i] {
			continue
		}
		c := cls[i]
		switch {
		case ok:
			matched++
			if f.rare(i) && c&(classFrame|classFiller) == 0 {
				rare++
				if f.witness(i) {
					witnesses++
				}
			}
		case c&(classFrame|classSay|classFiller) != 0:
		case i >= len(f.df) || f.df[i] == 0:
			if c&classDomain == 0 {
				unknown++
			}
		case !f.negation(i):
			missed++ // a word the index holds elsewhere
		}
	}
	if matched < 2 || rare == 0 || unknown > 0 && !(missed == 0 && rareVouch(witnesses, unknown)) && (!foreign || matched < minForeign) {
		return nil // with an unknown word: a subject the corpus never mentions
	}
	out := make([]termClass, len(cls))
	copy(out, cls)
	for i, ok := range m.matched {
		if ok && i < len(out) && f.rare(i) && out[i]&(classFrame|classFiller) == 0 {
			out[i] |= classDomain
		}
	}
	return out
}

// rareFor is rareClasses for the query words raw, reading their document
// frequencies into *freqs on first use. The ranking has no context of its
// own; the few term lookups are not worth cancelling. A failed read
// rescues nothing.
func (ix *Index) rareFor(als []string, raw []queryTerm, freqs **wordFreq, m markResult, cls []termClass, foreign bool) []termClass {
	if *freqs == nil {
		f, err := ix.wordFreqs(context.Background(), als, raw)
		if err != nil {
			f = wordFreq{}
		}
		*freqs = &f
	}
	return rareClassesIn(m, cls, **freqs, foreign)
}
