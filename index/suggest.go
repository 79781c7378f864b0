package index

import (
	"context"
	"fmt"
	"sort"
	"strings"
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
	corpus.FacetSpeaker: fieldSpeaker,
	corpus.FacetPlan:    fieldPlan,
}

// Suggest returns up to limit values of facet f (at most 25; 0 means 25)
// that start with prefix, or have a word that does ("zel" finds "Volodymyr
// Zelensky"), ignoring case; the most frequent first. It reads the field's
// term dictionary only, so it stays fast as the corpus grows.
func (ix *Index) Suggest(ctx context.Context, f corpus.Facet, prefix string, limit int) ([]string, error) {
	field, ok := facetFields[f]
	if !ok {
		return nil, fmt.Errorf("suggest: unknown facet %q", f)
	}
	if limit <= 0 || limit > maxSuggestions {
		limit = maxSuggestions
	}
	p := strings.ToLower(strings.TrimSpace(prefix))
	dict, err := ix.idx.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("suggest %s: %w", f, err)
	}
	defer dict.Close()
	type cand struct {
		term  string
		count uint64
		start bool // prefix matches the whole value's start
	}
	var cands []cand
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
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
		switch {
		case strings.HasPrefix(lt, p):
			cands = append(cands, cand{e.Term, e.Count, true})
		case wordPrefix(lt, p):
			cands = append(cands, cand{e.Term, e.Count, false})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.start != b.start {
			return a.start
		}
		if a.count != b.count {
			return a.count > b.count
		}
		return a.term < b.term
	})
	out := make([]string, 0, min(limit, len(cands)))
	for _, c := range cands[:min(limit, len(cands))] {
		out = append(out, c.term)
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
