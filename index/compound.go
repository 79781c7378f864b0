package index

import (
	"context"
	"fmt"
	"unicode/utf8"
)

// People write as one word what a report hyphenates: "counterdraft" for
// the "counter-draft", "nonaggression" for "non-aggression",
// "natobeitritt" for the German "NATO-Beitritt", "antidrone"
// for the Italian "anti-drone". The analyzers cut the report's word at the
// hyphen into two terms, so the word typed is a term no text holds, and
// the paragraph the question was asked about loses the word that sets it
// apart from the others. So, like an accent typed without its mark
// (fold.go) or another language's ending (variants.go), a query word the
// corpus does not know is read as two words when it is two indexed words
// written together, both held in the text of one language (compoundTerm);
// respell puts them in the query, hyphenated, as the report writes them.
// A paragraph that holds both then matches both; one that holds one of
// them matches half of what was typed, as it would had the question
// hyphenated the word.

// Bounds of a compound: the typed word has at least compoundMin letters,
// and each part at least compoundPart ("non", "anti").
const (
	compoundMin  = 8
	compoundPart = 3
)

// compoundTerm returns raw written as the two words it joins ("counter-
// draft"), or "" when it joins none: every cut of raw into two parts of
// compoundPart letters or more is tried, the longest first part first, and
// the first whose two parts a language's text field both holds is taken,
// so the answer never depends on map order.
func (ix *Index) compoundTerm(ctx context.Context, als []string, raw string) (string, error) {
	n := utf8.RuneCountInString(raw)
	if n < compoundMin || !latinWord(raw) {
		return "", nil
	}
	dfs := ix.newDFReader(ctx)
	defer dfs.close()
	runes := []rune(raw)
	for k := n - compoundPart; k >= compoundPart; k-- {
		a, b := string(runes[:k]), string(runes[k:])
		parts := ix.queryTerms(als, a+" "+b)
		if len(parts) != 2 {
			continue // a part is a stop word in every language
		}
		for _, al := range als {
			ta, tb := parts[0].byAnalyzer[al], parts[1].byAnalyzer[al]
			if ta == "" || tb == "" {
				continue
			}
			ca, err := dfs.df(textField(al), ta)
			if err != nil {
				return "", fmt.Errorf("compound %q: %w", raw, err)
			}
			if ca == 0 {
				continue
			}
			cb, err := dfs.df(textField(al), tb)
			if err != nil {
				return "", fmt.Errorf("compound %q: %w", raw, err)
			}
			if cb > 0 {
				return a + "-" + b, nil
			}
		}
	}
	return "", nil
}
