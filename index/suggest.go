package index

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"planbot/corpus"
)

// Discord's autocomplete limits: 25 choices of at most 100 characters.
const (
	maxSuggestions = 25
	maxChoiceRunes = 100
)

// facetFields maps a facet to its keyword field.
var facetFields = map[corpus.Facet]string{
	corpus.FacetTopic:   fieldTopics,
	corpus.FacetSpeaker: fieldSpeakerAny, // people, group members and institutions
	corpus.FacetPlan:    fieldPlan,
}

// Suggest returns up to limit values of facet f (at most 25; 0 means 25)
// that start with prefix, or have a word that does ("zel" finds "Volodymyr
// Zelensky"), ignoring case; the most frequent first. A topic also matches
// by the words of its label ("prisoners" finds prisoners-humanitarian, whose
// label is "Prisoners and humanitarian issues"); see TopicLabel. When
// nothing matches, values with a word one typo away from a prefix of four
// letters or more are offered ("zelenksy" finds Zelensky). It matches
// against the field's term dictionary, read once per change of the index
// (see facetCache), so it costs neither a dictionary scan nor a search.
func (ix *Index) Suggest(ctx context.Context, f corpus.Facet, prefix string, limit int) ([]string, error) {
	field, ok := facetFields[f]
	if !ok {
		return nil, fmt.Errorf("suggest: unknown facet %q", f)
	}
	if limit <= 0 || limit > maxSuggestions {
		limit = maxSuggestions
	}
	p := strings.ToLower(strings.TrimSpace(prefix))
	terms, err := ix.facets.terms(ctx, f, func() ([]facetTerm, error) { return ix.readFacet(f, field) })
	if err != nil {
		return nil, err
	}
	// terms are sorted most frequent first, so each list below is in the
	// order it is offered: values starting with p, then values with a word
	// starting with p, or else values one typo away.
	pr := []rune(p)
	fuzzy := len(pr) >= 4
	starts, inside, near := []string{}, []string(nil), []string(nil)
scan:
	for i, t := range terms {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		switch {
		case strings.HasPrefix(t.lower, p):
			if starts = append(starts, t.term); len(starts) == limit {
				break scan
			}
		case len(inside) < limit && wordPrefix(t.lower, p):
			inside = append(inside, t.term)
		case len(starts) == 0 && len(inside) == 0 && fuzzy && len(near) < limit && nearWords(t.words, pr):
			near = append(near, t.term)
		}
	}
	out := append(starts, inside...)
	if len(out) == 0 {
		out = append(out, near...)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// wordPrefix reports whether a word of s (after a space, hyphen or
// punctuation) starts with p.
func wordPrefix(s, p string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '-' || c == '/' || c == '(' || c == '.' {
			if strings.HasPrefix(s[i+1:], p) {
				return true
			}
		}
	}
	return false
}

// wordsOf splits s into its words (runs of letters and digits), as runes.
func wordsOf(s string) [][]rune {
	var out [][]rune
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out = append(out, []rune(w))
	}
	return out
}

// nearWords reports whether one of words (split by wordsOf) is within one
// typo of pr (one letter added, dropped or changed, or two adjacent letters
// swapped), or starts with such a spelling of pr: "zelenksy" is near
// "zelensky", "zelenksi" near "zelenskiy".
func nearWords(words [][]rune, pr []rune) bool {
	for _, wr := range words {
		for _, n := range []int{len(pr) - 1, len(pr), len(pr) + 1} {
			if n > 0 && n <= len(wr) && oneTypo(wr[:n], pr) {
				return true
			}
		}
	}
	return false
}

// oneTypo reports whether a and b differ by exactly one edit or one swap of
// adjacent letters.
func oneTypo(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		var diff []int
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
				if len(diff) > 2 {
					return false
				}
			}
		}
		switch len(diff) {
		case 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && a[i] == b[j] && a[j] == b[i]
		}
		return false
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return string(a[i+1:]) == string(b[i:])
	}
	return false
}

// facetTerm is one value of a facet field as Suggest matches it.
type facetTerm struct {
	term  string
	count uint64 // records holding it
	// lower is the value in lower case; a topic's is followed by its label's.
	lower string
	words [][]rune // lower's words, for the one-typo match
}

// facetCache keeps each facet's term dictionary in memory between writes
// to the index. The dictionaries are small (the distinct speakers, topics
// and plans: hundreds), but reading one through bleve costs a scan of the
// field's FST on every call, and the bot calls Suggest several times per
// command. Every batch written to the index calls changed, so a dictionary
// read before a write is never served after it.
type facetCache struct {
	gen atomic.Uint64 // bumped by every write to the index
	mu  sync.Mutex    // one reader of a dictionary at a time; guards byFacet
	// byFacet holds each facet's dictionary and the generation it was read at.
	byFacet map[corpus.Facet]facetDict
}

type facetDict struct {
	gen   uint64
	terms []facetTerm
}

// changed marks every cached dictionary stale. The index calls it after
// each batch, whether or not the batch succeeded (a failed one may have
// written part of its records).
func (c *facetCache) changed() { c.gen.Add(1) }

// terms returns facet f's dictionary, reading it with read when the index
// changed since it was last read. The generation is taken before reading,
// so a write landing during the read makes the next call read again.
func (c *facetCache) terms(ctx context.Context, f corpus.Facet, read func() ([]facetTerm, error)) ([]facetTerm, error) {
	g := c.gen.Load()
	c.mu.Lock()
	defer c.mu.Unlock()
	if d, ok := c.byFacet[f]; ok && d.gen == g {
		return d.terms, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	terms, err := read()
	if err != nil {
		return nil, err
	}
	if c.byFacet == nil {
		c.byFacet = map[corpus.Facet]facetDict{}
	}
	c.byFacet[f] = facetDict{gen: g, terms: terms}
	return terms, nil
}

// readFacet reads the term dictionary of facet f's field, skipping values
// Discord could not show as a choice.
func (ix *Index) readFacet(f corpus.Facet, field string) ([]facetTerm, error) {
	dict, err := ix.idx.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("suggest %s: %w", f, err)
	}
	defer dict.Close()
	var terms []facetTerm
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("suggest %s: %w", f, err)
		}
		if e == nil {
			break
		}
		if utf8.RuneCountInString(e.Term) > maxChoiceRunes || e.Term == "" {
			continue
		}
		lt := strings.ToLower(e.Term)
		if f == corpus.FacetTopic {
			lt += " " + strings.ToLower(TopicLabel(e.Term))
		}
		terms = append(terms, facetTerm{term: e.Term, count: e.Count, lower: lt, words: wordsOf(lt)})
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].count != terms[j].count {
			return terms[i].count > terms[j].count
		}
		return terms[i].term < terms[j].term
	})
	return terms, nil
}
