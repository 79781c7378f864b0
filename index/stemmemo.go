package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
)

// This file remembers what an analyzer's token filters make of each word,
// for indexing records.
//
// Why: after tokenizing, every token of every record went through its
// analyzer's filter chain (possessive, lower case, stop words, stemmer),
// and the stemmers are the dearest part of analysis (Porter alone was
// about 2% of a 100k-item ingest's CPU), though a corpus repeats the same
// few tens of thousands of words millions of times. When every filter of
// a chain looks at one token alone – its term, never its neighbours or
// the stream's length – the chain's answer for a token depends on its
// term only, so it is computed once per distinct term and looked up
// afterwards. Positions, offsets and types are the tokenizer's, which
// these filters never change, so the stream is the one the chain gives.

// perTokenFilters are bleve's (and planbot's) token filters that map each
// token to at most one token by its term alone (%T of the filter). A chain
// holding any other (the CJK bigram filter, which joins neighbours; a
// keyword marker, which other filters read) is not memoised.
var perTokenFilters = map[string]bool{
	"*lowercase.LowerCaseFilter":          true,
	"*stop.StopTokensFilter":              true,
	"*porter.PorterStemmer":               true,
	"*en.PossessiveFilter":                true,
	"*elision.ElisionFilter":              true,
	"*apostrophe.ApostropheFilter":        true,
	"*unicodenorm.UnicodeNormalizeFilter": true,
	"*cjk.CJKWidthFilter":                 true,
	"*ar.ArabicNormalizeFilter":           true,
	"*ar.ArabicStemmerFilter":             true,
	"*ckb.SoraniNormalizeFilter":          true,
	"*ckb.SoraniStemmerFilter":            true,
	"*da.DanishStemmerFilter":             true,
	"*de.GermanNormalizeFilter":           true,
	"*de.GermanLightStemmerFilter":        true,
	"*es.SpanishNormalizeFilter":          true,
	"*es.SpanishLightStemmerFilter":       true,
	"*fa.PersianNormalizeFilter":          true,
	"*fi.FinnishStemmerFilter":            true,
	"*fr.FrenchLightStemmerFilter":        true,
	"*in.IndicNormalizeFilter":            true,
	"*hi.HindiNormalizeFilter":            true,
	"*hi.HindiStemmerFilter":              true,
	"*hr.SuffixTransformationFilter":      true,
	"*hr.CroatianStemmerFilter":           true,
	"*hu.HungarianStemmerFilter":          true,
	"*it.ItalianLightStemmerFilter":       true,
	"*nl.DutchStemmerFilter":              true,
	"*no.NorwegianStemmerFilter":          true,
	"*pt.PortugueseLightStemmerFilter":    true,
	"*ro.RomanianStemmerFilter":           true,
	"*ru.RussianStemmerFilter":            true,
	"*sv.SwedishStemmerFilter":            true,
	"*tr.TurkishStemmerFilter":            true,
	"index.lazyPolishStemmer":             true,
	"index.ukStemFilter":                  true,
	// the light stemmers (stemlight.go) and the Serbian Cyrillic to
	// Latin filter of the hr analyzer (stem_southslavic.go) read one
	// term at a time too
	"*index.lightStemmer": true,
	"index.srLatin":       true,
	// the Hebrew prefix stripper (scripts.go) reads one term at a time
	"index.hebrewPrefixStripper": true,
}

// stemMemoMax bounds each analyzer's memo: a corpus's vocabulary is far
// smaller, and past it (a pathological feed of random strings) words are
// filtered as before rather than held for the life of the process.
const stemMemoMax = 1 << 18

// stemMemoAnalyzer is a DefaultAnalyzer whose filter chain's answer is
// remembered per term. It is safe for concurrent use (scorch's analysis
// workers share it). The terms it hands out are shared between tokens and
// calls and must not be changed; bleve's token frequencies and zap only
// read them.
type stemMemoAnalyzer struct {
	charFilters []analysis.CharFilter
	tokenizer   analysis.Tokenizer
	filters     []analysis.TokenFilter

	mu   sync.RWMutex
	memo map[string]stemmed
}

// stemmed is what the filter chain made of one term: the term it left,
// or dropped (a stop word).
type stemmed struct {
	term    []byte
	str     string // term as a string, the key of a field's frequencies
	dropped bool
}

// withStemMemo returns a with its filter chain memoised when a is a plain
// analyzer whose filters all act per token; any other analyzer as it is.
func withStemMemo(a analysis.Analyzer) analysis.Analyzer {
	d, ok := a.(*analysis.DefaultAnalyzer)
	if !ok || len(d.TokenFilters) == 0 {
		return a
	}
	for _, f := range d.TokenFilters {
		if !perTokenFilters[fmt.Sprintf("%T", f)] {
			return a
		}
	}
	return &stemMemoAnalyzer{
		charFilters: d.CharFilters,
		tokenizer:   d.Tokenizer,
		filters:     d.TokenFilters,
		memo:        map[string]stemmed{},
	}
}

// Analyze is the DefaultAnalyzer's Analyze, each term's filtering looked
// up when it was seen before. Unlike bleve's lower-case filter it never
// writes into input.
func (m *stemMemoAnalyzer) Analyze(input []byte) analysis.TokenStream {
	for _, cf := range m.charFilters {
		input = cf.Filter(input)
	}
	tokens := m.tokenizer.Tokenize(input)
	out := tokens[:0]
	for _, t := range tokens {
		s := m.stem(t)
		if s.dropped {
			continue
		}
		t.Term = s.term
		out = append(out, t)
	}
	return out
}

// stem is what the filter chain makes of t's term: the memo's entry, or
// the chain run once (filter) when the word is new.
func (m *stemMemoAnalyzer) stem(t *analysis.Token) stemmed {
	m.mu.RLock()
	s, ok := m.memo[string(t.Term)]
	m.mu.RUnlock()
	if !ok {
		s = m.filter(t)
	}
	return s
}

// filter runs the chain on t's term alone and remembers the answer.
func (m *stemMemoAnalyzer) filter(t *analysis.Token) stemmed {
	key := string(t.Term) // before the filters, which may write in place
	one := &analysis.Token{Term: []byte(key), Start: t.Start, End: t.End, Position: t.Position, Type: t.Type}
	ts := analysis.TokenStream{one}
	for _, f := range m.filters {
		ts = f.Filter(ts)
	}
	var s stemmed
	switch len(ts) {
	case 0:
		s.dropped = true
	case 1:
		s.str = string(ts[0].Term)
		s.term = []byte(s.str)
	default:
		// No listed filter splits a token; one that did would break
		// the premise, and silently indexing a part would change the
		// index.
		panic(fmt.Sprintf("index: a per-token filter chain made %d tokens of %q", len(ts), key))
	}
	m.mu.Lock()
	if len(m.memo) < stemMemoMax {
		m.memo[key] = s
	}
	m.mu.Unlock()
	return s
}
