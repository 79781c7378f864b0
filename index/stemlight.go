package index

import (
	"fmt"
	"sort"
	"strings"
	gounicode "unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
)

// Light stemmers for the languages bleve has no analyzer for.
//
// A language missing from `languages` was analysed as English, whose
// stemmer strips none of its endings: a Czech report saying "dohodu" or
// "dohody" did not meet a question, or a glossary line, saying "dohoda",
// and every case form had to be listed by hand. The stemmers here strip
// the case, adjective and verb endings of Czech, Slovak, Slovene,
// Bulgarian, Greek, Lithuanian, Latvian and Estonian the way
// ukrainianStem does Ukrainian's: the longest ending of a table, as long
// as a stem of a few letters is left, in one to three passes (an article
// after a plural ending, a case ending after a plural marker). They are
// light on purpose: a stem that is too short or an ending that is also a
// root would merge unrelated words, and a question would then find an
// off-topic paragraph. Each language's tables sit in the file of its
// family (stem_westslavic.go, stem_southslavic.go, stem_baltic.go,
// stem_greek.go, stem_estonian.go).
//
// Each stemmer is a token filter registered with bleve under its own type
// and used by an analyzer of the same shape as the Ukrainian one (unicode
// tokenizer, lower case, the stemmer, which also drops Greek and
// Bulgarian stop words). The analyzer serves the language's text field, the
// expander's analysis of the glossary for that field (sourceless.go) and
// the question's words searched in it alike, so a glossary form, a text
// form and a typed form stem the same way.

// lightStemmer strips endings from words of one script.
type lightStemmer struct {
	// filter is the bleve token filter type, analyzer the analyzer name.
	filter, analyzer string
	// script is the writing system of the words it stems; a word with a
	// letter of another (a Latin name in Greek text, a number) is left as
	// it is, though still dropped when a stop word.
	script *gounicode.RangeTable
	// fold rewrites a lower-case word before stemming (Greek accents and
	// final sigma, Serbian Cyrillic); nil leaves it.
	fold func(string) string
	// passes are the ending tables, in order; each pass strips at most
	// one ending.
	passes []stemPass
	// after rewrites the stem left by a pass that stripped something
	// (Czech palatalisation: "dohodě" -> "dohod", "Praze" -> "Prah"); nil
	// leaves it.
	after func(stem, ending string) string
	// allow says whether an ending may be stripped from a word leaving
	// stem (Estonian: a one-consonant case ending only after a vowel);
	// nil allows every ending.
	allow func(stem, ending string) bool
	// stop are function words dropped from the field. Only the Greek
	// and Cyrillic stemmers have any: a word one analyzer in use drops is
	// left out of the whole query (queryTerms), so a Latin-script stop
	// list (Estonian "need", "see", Latvian "no", Czech "pro") took
	// English question words away wherever such a report was indexed.
	// Analysed as English, these languages lost no stop words either.
	stop map[string]bool
}

// stemPass is one ending table and the fewest letters a word keeps when
// one of its endings is stripped.
type stemPass struct {
	endings []string // longest first
	min     int
	// afterVowel strips an ending only after a vowel (a Bulgarian
	// article: "война|та" but not "президен|та").
	afterVowel bool
}

// endings parses a whitespace-separated ending table, longest first.
func endings(s string) []string {
	out := strings.Fields(s)
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j])
	})
	return out
}

// stopSet parses a whitespace-separated stop word list.
func stopSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stem returns the stem of a lower-case word (after fold).
func (s *lightStemmer) stem(w string) string {
	for _, r := range w {
		if !gounicode.Is(s.script, r) {
			return w
		}
	}
	for _, pass := range s.passes {
		n := utf8.RuneCountInString(w)
		for _, suf := range pass.endings {
			if !strings.HasSuffix(w, suf) || n-utf8.RuneCountInString(suf) < pass.min {
				continue
			}
			stem := strings.TrimSuffix(w, suf)
			if pass.afterVowel && !endsInVowel(stem) || s.allow != nil && !s.allow(stem, suf) {
				continue
			}
			w = stem
			if s.after != nil {
				w = s.after(w, suf)
			}
			break
		}
	}
	return w
}

// Filter drops stop words and stems the rest of a lower-cased stream.
func (s *lightStemmer) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := input[:0]
	for _, t := range input {
		w := string(t.Term)
		if s.fold != nil {
			w = s.fold(w)
		}
		if s.stop[w] {
			continue
		}
		if st := s.stem(w); st != string(t.Term) {
			t.Term = []byte(st)
		}
		out = append(out, t)
	}
	return out
}

// lightStemmers lists every light stemmer, in the order their analyzers
// are defined.
var lightStemmers = []*lightStemmer{czechStemmer, slovakStemmer, sloveneStemmer, bulgarianStemmer, greekStemmer, lithuanianStemmer, latvianStemmer, estonianStemmer}

func init() {
	for _, s := range lightStemmers {
		s := s
		if err := registry.RegisterTokenFilter(s.filter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return s, nil
		}); err != nil {
			panic(err)
		}
	}
}

// addLightAnalyzers defines each light stemmer's analyzer in im.
func addLightAnalyzers(im *mapping.IndexMappingImpl) error {
	for _, s := range lightStemmers {
		if err := im.AddCustomAnalyzer(s.analyzer, map[string]interface{}{
			"type":          custom.Name,
			"tokenizer":     unicode.Name,
			"token_filters": []interface{}{lowercase.Name, s.filter},
		}); err != nil {
			return fmt.Errorf("define the analyzer %s: %w", s.analyzer, err)
		}
	}
	return nil
}

// endsInVowel says whether w ends in a Latin, Cyrillic or Greek vowel.
func endsInVowel(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("aeiouyáéíóúýąęėįųūāēīōõäöüěůαεηιουωаъоуыэяюиіїеєё", r)
}
